/**
 * The halls keep Beijing time (UTC+8, no daylight saving): dates, slots and the times the machine
 * prints are wall-clock times there, whatever zone the stand-in's host runs in.
 */
const OFFSET_MS = 8 * 3_600_000;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** YYYY-MM-DD of an instant, in Beijing. */
export const localDate = (at: number): string => new Date(at + OFFSET_MS).toISOString().slice(0, 10);

/** Minutes since local midnight (fractions kept: 09:30:30 is 570.5). */
export const localMinutes = (at: number): number => ((at + OFFSET_MS) % DAY_MS) / MINUTE_MS;

/** The instant of a local date at `minutes` after its midnight. */
export const instantOf = (date: string, minutes: number): number => Date.parse(`${date}T00:00:00Z`) - OFFSET_MS + minutes * MINUTE_MS;

/** ISO 8601 with the +08:00 offset, as the machine prints it: 2026-11-02T09:05:12+08:00. */
export const localIso = (at: number): string => `${new Date(Math.floor(at / 1000) * 1000 + OFFSET_MS).toISOString().slice(0, 19)}+08:00`;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 10) === text;
}

/** ISO weekday of a date: 1 Monday … 7 Sunday. */
export const isoWeekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

/** 'HH:MM' → minutes after midnight. */
export const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Minutes after midnight → 'HH:MM'. */
export const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The date `days` after `date`. */
export const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
