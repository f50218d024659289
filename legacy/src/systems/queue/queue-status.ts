/** What the hall's board shows for a day: who is being called where, how many wait, how long waiting took. */
import type { DayQueue } from './day-queue.js';
import { instantOf } from './local-time.js';
import type { Ticket } from './ticket.js';

export interface QueueStatusView {
  date: string;
  /** Per window, the number it called last and has not marked yet; by window. */
  nowCalling: Ticket[];
  waiting: number;
  /** Mean minutes from being present (and the slot begun) to being called; undefined before the first call. */
  averageWaitMinutes?: number;
  /** In order of issue. */
  tickets: Ticket[];
}

export function queueStatus(day: DayQueue, itemCode: string | undefined): QueueStatusView {
  const tickets = day.tickets.filter((t) => itemCode === undefined || t.itemCode === itemCode);
  const calling = new Map<number, Ticket>();
  for (const t of tickets) {
    if (t.status !== 'CALLED' || t.windowNo === undefined) continue;
    const shown = calling.get(t.windowNo);
    if (!shown || (shown.calledAt ?? 0) <= (t.calledAt ?? 0)) calling.set(t.windowNo, t);
  }
  const waits = tickets.flatMap((t) => (t.calledAt === undefined ? [] : [t.calledAt - Math.max(t.issuedAt, t.checkedInAt ?? t.issuedAt, instantOf(t.date, t.slot.start))]));
  const average = waits.length ? waits.reduce((sum, ms) => sum + Math.max(0, ms), 0) / waits.length / 60_000 : undefined;
  return {
    date: day.date,
    nowCalling: [...calling.entries()].sort(([a], [b]) => a - b).map(([, t]) => t),
    waiting: tickets.filter((t) => t.status === 'WAITING').length,
    ...(average === undefined ? {} : { averageWaitMinutes: Math.round(average * 10) / 10 }),
    tickets,
  };
}
