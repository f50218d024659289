/**
 * The bureau's days are Beijing days (UTC+8, no daylight saving), whatever zone a replica runs in: the
 * channels' bills, reconciliation and statistics all cut at Beijing midnight.
 */
const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** YYYY-MM-DD of the Beijing day holding `at`. */
export const beijingDate = (at: Date | number): string => new Date(new Date(at).getTime() + OFFSET_MS).toISOString().slice(0, 10);

/** The instant a Beijing day begins. */
export const beijingDayStart = (date: string): Date => new Date(`${date}T00:00:00+08:00`);

/** [start, end) of a Beijing day. */
export const beijingDayRange = (date: string): { start: Date; end: Date } => ({ start: beijingDayStart(date), end: beijingDayStart(addDays(date, 1)) });

export const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Whole days from `from` to `to`. */
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 10) === text;
}
