import type { HallRow } from '../db/repositories/halls.repository.js';
import { minutesPerNumber } from '../halls/hall-schedule.js';
import { aheadOf, type DayView } from '../machine/day-view.js';
import { beijingDate } from '../time/beijing-time.js';

export interface LiveStatus {
  /** The number the hall called last for this item, if any is being called. */
  nowCalling: string | null;
  /** Waiting numbers of the item that will be called first; null once the ticket no longer waits. */
  ahead: number | null;
  /** On the day only: until the slot begins, or until the numbers ahead are served, whichever is later. */
  estimatedWaitMinutes: number | null;
}

/** A ticket's place in its hall's day as the machine shows it. */
export function liveStatus(day: DayView, ticket: { number: string; date: string; slotStartsAt: Date }, hall: HallRow, now: number): LiveStatus {
  const prefix = ticket.number.replace(/\d+$/, '');
  const calling = day.nowCalling.filter((c) => c.number.startsWith(prefix)).sort((a, b) => b.calledAt.localeCompare(a.calledAt))[0];
  const ahead = aheadOf(day, ticket.number);
  let estimate: number | null = null;
  if (ahead !== null && ticket.date === beijingDate(now)) {
    const untilSlot = Math.max(0, (ticket.slotStartsAt.getTime() - now) / 60_000);
    estimate = Math.ceil(Math.max(untilSlot, ahead * minutesPerNumber(hall)));
  }
  return { nowCalling: calling?.number ?? null, ahead, estimatedWaitMinutes: estimate };
}
