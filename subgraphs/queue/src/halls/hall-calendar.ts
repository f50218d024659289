/** A hall's days and slots, from what its machine says (weekdays, holidays, worked weekend days) and its officers' closures. */
import { addDays, hhmm, isoWeekday, minutesOf } from '../time/beijing-time.js';
import type { HallSession } from '../db/tables/queue-hall.table.js';

export interface HallDays {
  open_weekdays: readonly number[];
  holidays: readonly string[];
  workdays: readonly string[];
  closed_dates: readonly string[];
}

export interface HallHours {
  sessions: readonly HallSession[];
  slot_minutes: number;
}

export interface Slot {
  /** '09:00-09:30', as the machine writes it. */
  label: string;
  start: string;
  end: string;
}

/** Open on its weekdays and the weekend days worked in exchange; closed on holidays and the days its officers closed. */
export function isOpen(hall: HallDays, date: string): boolean {
  if (hall.closed_dates.includes(date) || hall.holidays.includes(date)) return false;
  return hall.workdays.includes(date) || hall.open_weekdays.includes(isoWeekday(date));
}

/** Every slot of a working day, in order (the opening hours cut into slot_minutes). */
export function slotsOf(hall: HallHours): Slot[] {
  return hall.sessions.flatMap((session) => {
    const out: Slot[] = [];
    for (let start = minutesOf(session.start); start + hall.slot_minutes <= minutesOf(session.end); start += hall.slot_minutes) {
      const [from, to] = [hhmm(start), hhmm(start + hall.slot_minutes)];
      out.push({ label: `${from}-${to}`, start: from, end: to });
    }
    return out;
  });
}

export const slotNamed = (hall: HallHours, label: string): Slot | undefined => slotsOf(hall).find((s) => s.label === label);

export interface BookingWindow {
  /** Working days ahead: 1 is the hall's next working day after today, 0 today itself. */
  minDays: number;
  maxDays: number;
}

/** How far ahead we look for working days: longer than any run of holidays plus weekends. */
const HORIZON_DAYS = 60;

/** The dates a citizen may book: the hall's working days minDays…maxDays after today. */
export function bookableDates(hall: HallDays, today: string, window: BookingWindow): string[] {
  const out: string[] = [];
  if (window.minDays === 0 && isOpen(hall, today)) out.push(today);
  let workingDays = 0;
  for (let i = 1; i <= HORIZON_DAYS && workingDays < window.maxDays; i++) {
    const date = addDays(today, i);
    if (!isOpen(hall, date)) continue;
    workingDays++;
    if (workingDays >= window.minDays) out.push(date);
  }
  return out;
}
