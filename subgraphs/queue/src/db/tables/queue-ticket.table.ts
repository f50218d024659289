import type { Generated } from '@jingtong/kit';

/**
 * PENDING: a seat is held and the machine is being asked for the number; BOOKED → CHECKED_IN (the window
 * scanned the QR code) → CALLED → SERVED or NO_SHOW; BOOKED → CANCELLED (the citizen); PENDING → RELEASED
 * (the machine refused or failed: the seat went back).
 */
export type TicketStatus = 'PENDING' | 'BOOKED' | 'CHECKED_IN' | 'CALLED' | 'SERVED' | 'NO_SHOW' | 'CANCELLED' | 'RELEASED';

/** Why a booking was released: REFUSED (the machine issued nothing); MACHINE_FAILED (it may have: void it there), VOIDED (done). */
export type ReleaseReason = 'REFUSED' | 'MACHINE_FAILED' | 'VOIDED';

export const ACTIVE_STATUSES = ['PENDING', 'BOOKED', 'CHECKED_IN', 'CALLED'] as const satisfies readonly TicketStatus[];

export interface QueueTicketTable {
  id: string;
  citizen_id: string;
  hall_code: string;
  item_code: string;
  date: string;
  slot: string;
  slot_start: Date;
  slot_end: Date;
  status: TicketStatus;
  number: string | null;
  release_reason: ReleaseReason | null;
  issued_at: Date | null;
  checked_in_at: Date | null;
  called_at: Date | null;
  window_no: number | null;
  /** Served, missed, cancelled or released at. */
  finished_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
