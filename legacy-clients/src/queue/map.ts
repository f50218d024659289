/** The only place that knows the queue machine's field names, codes and time format. */
import { toArray } from '../to-array.js';
import type { IssuedNumber, QueueChannel, QueueHall, QueueNumberStatus, QueueRefusal, QueueStatus, QueueTicket } from './queue-machine.js';

type Many<T> = T | T[] | undefined;

export interface HallXml {
  hallCode: string;
  name: string;
  countyCode: string;
  county: string;
  address: string;
  windows: string;
  openWeekday?: Many<string>;
  session?: Many<{ start: string; end: string }>;
  slotMinutes: string;
  item?: Many<{ itemCode: string; name: string; prefix: string }>;
  holiday?: Many<string>;
  workday?: Many<string>;
}

export interface IssueNumberXml {
  number: string;
  issuedAt: string;
  ahead: string;
}

export interface TicketXml {
  number: string;
  date: string;
  itemCode: string;
  slot: string;
  channel: string;
  status: string;
  issuedAt: string;
  checkedInAt?: string;
  calledAt?: string;
  windowNo?: string;
  servedAt?: string;
  closedAt?: string;
}

export interface QueueStatusXml {
  date: string;
  nowCalling?: Many<{ number: string; windowNo: string; calledAt: string }>;
  waiting: string;
  averageWaitMinutes?: string;
  ticket?: Many<TicketXml>;
}

/** The machine writes ISO 8601 with its +08:00 offset. */
const instant = (text: string) => new Date(text);
const optionalInstant = (text: string | undefined) => (text ? instant(text) : null);

export const toHall = (x: HallXml): QueueHall => ({
  hallCode: String(x.hallCode),
  name: String(x.name),
  countyCode: String(x.countyCode),
  county: String(x.county),
  address: String(x.address),
  windows: Number(x.windows),
  openWeekdays: toArray(x.openWeekday).map(Number),
  sessions: toArray(x.session).map((s) => ({ start: String(s.start), end: String(s.end) })),
  slotMinutes: Number(x.slotMinutes),
  items: toArray(x.item).map((i) => ({ itemCode: String(i.itemCode), name: String(i.name), prefix: String(i.prefix) })),
  holidays: toArray(x.holiday).map(String),
  workdays: toArray(x.workday).map(String),
});

export const toIssuedNumber = (x: IssueNumberXml): IssuedNumber => ({ number: String(x.number), issuedAt: instant(x.issuedAt), ahead: Number(x.ahead) });

export const toTicket = (x: TicketXml): QueueTicket => ({
  number: String(x.number),
  date: String(x.date),
  itemCode: String(x.itemCode),
  slot: String(x.slot),
  channel: x.channel as QueueChannel,
  status: x.status as QueueNumberStatus,
  issuedAt: instant(x.issuedAt),
  checkedInAt: optionalInstant(x.checkedInAt),
  calledAt: optionalInstant(x.calledAt),
  windowNo: x.windowNo ? Number(x.windowNo) : null,
  servedAt: optionalInstant(x.servedAt),
  closedAt: optionalInstant(x.closedAt),
});

export const toQueueStatus = (x: QueueStatusXml): QueueStatus => ({
  date: String(x.date),
  nowCalling: toArray(x.nowCalling).map((c) => ({ number: String(c.number), windowNo: Number(c.windowNo), calledAt: instant(c.calledAt) })),
  waiting: Number(x.waiting),
  averageWaitMinutes: x.averageWaitMinutes ? Number(x.averageWaitMinutes) : null,
  tickets: toArray(x.ticket).map(toTicket),
});

const REFUSALS: ReadonlySet<string> = new Set<QueueRefusal>([
  'HALL_UNKNOWN',
  'ITEM_UNKNOWN',
  'DATE_INVALID',
  'DATE_CLOSED',
  'SLOT_INVALID',
  'SLOT_ENDED',
  'CHANNEL_INVALID',
  'STATUS_INVALID',
  'WINDOW_INVALID',
  'REFERENCE_INVALID',
  'REFERENCE_CONFLICT',
  'NUMBERS_EXHAUSTED',
]);

/** The machine's own fault codes; anything else (INVALID_REQUEST, INTERNAL_ERROR) stays a legacy fault. */
export const refusalOf = (faultstring: string | undefined): QueueRefusal | undefined =>
  faultstring !== undefined && REFUSALS.has(faultstring) ? (faultstring as QueueRefusal) : undefined;
