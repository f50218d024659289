import type { QueueChannel, QueueNumberStatus, QueueStatus, QueueTicket } from '@jingtong/legacy-clients/queue';

/** One number of a hall's day as the machine shows it; instants as ISO text (the cached form). */
export interface DayNumber {
  number: string;
  itemCode: string;
  slot: string;
  channel: QueueChannel;
  status: QueueNumberStatus;
  issuedAt: string;
  checkedInAt: string | null;
  calledAt: string | null;
  windowNo: number | null;
  servedAt: string | null;
  closedAt: string | null;
}

/** A hall's day at the machine: who is called where, how many wait, the mean wait, every number in order of issue. */
export interface DayView {
  date: string;
  nowCalling: Array<{ number: string; windowNo: number; calledAt: string }>;
  waiting: number;
  averageWaitMinutes: number | null;
  numbers: DayNumber[];
}

const iso = (at: Date | null) => (at ? at.toISOString() : null);

export const toDayNumber = (t: QueueTicket): DayNumber => ({
  number: t.number,
  itemCode: t.itemCode,
  slot: t.slot,
  channel: t.channel,
  status: t.status,
  issuedAt: t.issuedAt.toISOString(),
  checkedInAt: iso(t.checkedInAt),
  calledAt: iso(t.calledAt),
  windowNo: t.windowNo,
  servedAt: iso(t.servedAt),
  closedAt: iso(t.closedAt),
});

export const toDayView = (s: QueueStatus): DayView => ({
  date: s.date,
  nowCalling: s.nowCalling.map((c) => ({ number: c.number, windowNo: c.windowNo, calledAt: c.calledAt.toISOString() })),
  waiting: s.waiting,
  averageWaitMinutes: s.averageWaitMinutes,
  numbers: s.tickets.map(toDayNumber),
});

/** Waiting numbers of the same item issued before this one whose slot starts no later: the machine's `ahead`. */
export function aheadOf(day: DayView, number: string): number | null {
  const index = day.numbers.findIndex((n) => n.number === number);
  if (index < 0) return null;
  const own = day.numbers[index];
  if (own.status !== 'WAITING') return null;
  const prefix = own.number.replace(/\d+$/, '');
  return day.numbers.slice(0, index).filter((n) => n.status === 'WAITING' && n.number.startsWith(prefix) && n.slot <= own.slot).length;
}
