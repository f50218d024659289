import type { CallContext } from '../call-context.js';

/** ONLINE: booked through us; WALKIN: taken at the hall's machine. Both share one sequence per hall, item and day. */
export type QueueChannel = 'ONLINE' | 'WALKIN';
export type QueueNumberStatus = 'WAITING' | 'CALLED' | 'SERVED' | 'NO_SHOW' | 'CANCELLED';

export interface QueueItem {
  /** e.g. JDC */
  itemCode: string;
  /** e.g. 机动车登记 */
  name: string;
  /** The letter its numbers carry: C in C017. */
  prefix: string;
}

/** A hall as its queue machine is configured. */
export interface QueueHall {
  /** e.g. XC-WD-01 */
  hallCode: string;
  name: string;
  /** Administrative division code (e.g. 411002) and its name (魏都区). */
  countyCode: string;
  county: string;
  address: string;
  windows: number;
  /** ISO weekdays it opens, 1 Monday … 7 Sunday. */
  openWeekdays: number[];
  /** Opening hours, 'HH:MM' (Beijing time), divided into slots of slotMinutes: '09:00-09:30'. */
  sessions: Array<{ start: string; end: string }>;
  slotMinutes: number;
  items: QueueItem[];
  /** YYYY-MM-DD: statutory holidays (closed) and weekend days worked in exchange (open). */
  holidays: string[];
  workdays: string[];
}

export interface IssueNumberRequest {
  hallCode: string;
  itemCode: string;
  /** YYYY-MM-DD (Beijing). */
  date: string;
  /** One of the hall's slots, '09:00-09:30'. */
  slot: string;
  channel: QueueChannel;
  /** Our id for this booking (1-64 characters): a retry with it answers the same number, never a second one. */
  reference: string;
}

export interface IssuedNumber {
  /** e.g. C017 */
  number: string;
  issuedAt: Date;
  /** Waiting numbers of the same item issued earlier whose slot starts no later. */
  ahead: number;
}

/** One number of a hall's day. */
export interface NumberRef {
  hallCode: string;
  date: string;
  number: string;
}

export interface QueueTicket {
  number: string;
  date: string;
  itemCode: string;
  slot: string;
  channel: QueueChannel;
  status: QueueNumberStatus;
  issuedAt: Date;
  /** In the hall: walk-ins from issue, booked numbers from check-in. */
  checkedInAt: Date | null;
  calledAt: Date | null;
  windowNo: number | null;
  servedAt: Date | null;
  /** When it became NO_SHOW or CANCELLED. */
  closedAt: Date | null;
}

export interface QueueStatus {
  date: string;
  /** Per window, the number it called last and has not marked yet. */
  nowCalling: Array<{ number: string; windowNo: number; calledAt: Date }>;
  waiting: number;
  /** Null until a number of the day was called. */
  averageWaitMinutes: number | null;
  /** In order of issue. */
  tickets: QueueTicket[];
}

/**
 * Why the machine refused a request outright (a SOAP fault with this code): the request names something it
 * does not have or cannot take. Thrown as QueueMachineRefused.
 */
export type QueueRefusal =
  | 'HALL_UNKNOWN'
  | 'ITEM_UNKNOWN'
  | 'DATE_INVALID'
  | 'DATE_CLOSED'
  | 'SLOT_INVALID'
  | 'SLOT_ENDED'
  | 'CHANNEL_INVALID'
  | 'STATUS_INVALID'
  | 'WINDOW_INVALID'
  | 'REFERENCE_INVALID'
  | 'REFERENCE_CONFLICT'
  | 'NUMBERS_EXHAUSTED';

/**
 * The halls' queue machines (排队叫号系统, tender 2.6.4). Refusals: QueueMachineRefused (what the request names);
 * BAD_USER_INPUT with the machine's text (what the number's state allows, e.g. cancelling a called number);
 * LEGACY_* for faults and transport.
 */
export interface QueueMachine {
  queryHalls(ctx: CallContext): Promise<QueueHall[]>;
  /** Idempotent by reference. */
  issueNumber(request: IssueNumberRequest, ctx: CallContext): Promise<IssuedNumber>;
  /** A waiting number; cancelling it again answers it again. */
  cancelNumber(ref: NumberRef, ctx: CallContext): Promise<QueueTicket>;
  /** Today's next number present in the hall whose slot has begun, or null when nobody is waiting. */
  callNext(request: { hallCode: string; windowNo: number; itemCode?: string }, ctx: CallContext): Promise<QueueTicket | null>;
  /** A called number; the same mark again answers it again. */
  markNumber(request: NumberRef & { status: 'SERVED' | 'NO_SHOW' }, ctx: CallContext): Promise<QueueTicket>;
  /** The citizen arrived (on the day, while the number waits); `ahead` as in IssuedNumber. */
  checkIn(ref: NumberRef, ctx: CallContext): Promise<{ ticket: QueueTicket; ahead: number }>;
  queueStatus(request: { hallCode: string; date: string; itemCode?: string }, ctx: CallContext): Promise<QueueStatus>;
}
