/** A hall's days and time slots: which dates it opens, and the slots its opening hours divide into. */
import type { Hall } from './halls.js';
import { HOLIDAYS, MAKEUP_WORKDAYS } from './holidays.js';
import { hhmm, isoWeekday, minutesOf } from './local-time.js';

export interface Slot {
  /** '09:00-09:30', as callers write it. */
  label: string;
  /** Minutes after local midnight. */
  start: number;
  end: number;
}

const holidays = new Set(HOLIDAYS);
const makeupWorkdays = new Set(MAKEUP_WORKDAYS);

/** Open on its weekdays, closed on statutory holidays, open on the weekend days worked in exchange. */
export function isOpen(hall: Hall, date: string): boolean {
  if (holidays.has(date)) return false;
  return makeupWorkdays.has(date) || hall.openWeekdays.includes(isoWeekday(date));
}

const cache = new WeakMap<Hall, readonly Slot[]>();

/** Every slot of a working day, in order. */
export function slotsOf(hall: Hall): readonly Slot[] {
  let slots = cache.get(hall);
  if (!slots) {
    slots = hall.sessions.flatMap((session) => {
      const out: Slot[] = [];
      for (let start = minutesOf(session.start); start + hall.slotMinutes <= minutesOf(session.end); start += hall.slotMinutes) {
        out.push({ label: `${hhmm(start)}-${hhmm(start + hall.slotMinutes)}`, start, end: start + hall.slotMinutes });
      }
      return out;
    });
    cache.set(hall, slots);
  }
  return slots;
}

/** The hall's slot written exactly so ('09:00-09:30'); anything else, misaligned or outside hours, is none. */
export const slotNamed = (hall: Hall, label: string): Slot | undefined => slotsOf(hall).find((slot) => slot.label === label);

/** The slot running at `minutes`, else the next one that day (undefined after the last). */
export const currentOrNextSlot = (hall: Hall, minutes: number): Slot | undefined => slotsOf(hall).find((slot) => minutes < slot.end);
