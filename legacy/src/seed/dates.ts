/**
 * Calendar days as integers (days since 1970-01-01, UTC calendar), so seeding neither
 * depends on the host time zone nor allocates a Date per field: ~100k date operations
 * over a few thousand distinct days.
 */
export type Day = number;

const DAY_MS = 86_400_000;
/** Cache index = day - FIRST_CACHED (1900-01-01); days outside 1900..2199 are not cached. */
const FIRST_CACHED = -25_567;
const CACHED_DAYS = 109_572;
const civilCache: ({ year: number; month: number; date: number; text: string } | undefined)[] = new Array(CACHED_DAYS);

function civil(day: Day) {
  const index = day - FIRST_CACHED;
  let value = civilCache[index];
  if (!value) {
    const d = new Date(day * DAY_MS);
    value = { year: d.getUTCFullYear(), month: d.getUTCMonth(), date: d.getUTCDate(), text: d.toISOString().slice(0, 10) };
    if (index >= 0 && index < CACHED_DAYS) civilCache[index] = value;
  }
  return value;
}

/** YYYY-MM-DD -> Day. */
export function dayOf(text: string): Day {
  return Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10))) / DAY_MS;
}

export function formatDay(day: Day): string {
  return civil(day).text;
}

export function yearOf(day: Day): number {
  return civil(day).year;
}

/** Calendar months; Jan 31 + 1 month rolls over into March like Date#setUTCMonth. */
export function addMonths(day: Day, months: number): Day {
  const { year, month, date } = civil(day);
  return Date.UTC(year, month + months, date) / DAY_MS;
}

export function addYears(day: Day, years: number): Day {
  return addMonths(day, years * 12);
}

/** A wall-clock time in Beijing (UTC+8) rendered as ISO 8601 with the +08:00 offset. */
export function beijingDateTime(day: Day, hour: number, minute: number, second: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatDay(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}+08:00`;
}
