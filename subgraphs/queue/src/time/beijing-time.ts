/**
 * The halls keep Beijing time (UTC+8, no daylight saving): dates, slots and opening hours are wall-clock
 * times there, whatever zone a replica runs in. The queue machine counts the same way.
 */
const OFFSET_MS = 8 * 3_600_000;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** YYYY-MM-DD of an instant, in Beijing. */
export const beijingDate = (at: number): string => new Date(at + OFFSET_MS).toISOString().slice(0, 10);

/** The instant of `HH:MM` on a Beijing date. */
export const instantAt = (date: string, hhmm: string): Date => new Date(`${date}T${hhmm}:00+08:00`);

/** 'HH:MM' → minutes after midnight. */
export const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Minutes after midnight → 'HH:MM'. */
export const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The date `days` after `date`. */
export const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** ISO weekday of a date: 1 Monday … 7 Sunday. */
export const isoWeekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 10) === text;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

export const minutes = (n: number) => n * MINUTE_MS;
export const days = (n: number) => n * DAY_MS;
