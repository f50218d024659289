/** One number the machine issued, online or at the machine, and what became of it. */
import type { Slot } from './slots.js';

export type Channel = 'ONLINE' | 'WALKIN';
export type TicketStatus = 'WAITING' | 'CALLED' | 'SERVED' | 'NO_SHOW' | 'CANCELLED';

export interface Ticket {
  /** Prefix + at least 3 digits: C017. */
  number: string;
  /** Position in the day's sequence of its prefix (17 for C017). */
  sequence: number;
  itemCode: string;
  prefix: string;
  date: string;
  slot: Slot;
  channel: Channel;
  reference: string;
  status: TicketStatus;
  /** Instants (ms). Walk-ins are present from the start: checkedInAt = issuedAt. */
  issuedAt: number;
  checkedInAt?: number;
  calledAt?: number;
  windowNo?: number;
  /** When it became SERVED, NO_SHOW or CANCELLED. */
  finishedAt?: number;
}
