/** WeChat Pay speaks Beijing time (UTC+8, no daylight saving): RFC 3339 in the API, "yyyy-MM-dd HH:mm:ss" in bills. */
const HOUR = 3_600_000;

const shifted = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 19);

/** 2026-11-01T09:30:00+08:00, as time_expire and success_time read. */
export const rfc3339 = (ms: number): string => `${shifted(ms)}+08:00`;

/** 2026-11-01 09:30:00, as the bill's 交易时间 reads. */
export const billTime = (ms: number): string => shifted(ms).replace('T', ' ');

/** yyyy-MM-dd of the Beijing day holding `ms`. */
export const beijingDate = (ms: number): string => shifted(ms).slice(0, 10);

/** yyyyMMddHHmmss, as prepay ids and notification ids begin. */
export const compactTime = (ms: number): string => shifted(ms).replace(/\D/g, '');

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;

/** Epoch ms of an RFC 3339 time with an explicit offset; undefined when malformed or not a real date (02-30). */
export function parseRfc3339(text: unknown): number | undefined {
  const match = typeof text === 'string' ? RFC3339.exec(text) : null;
  if (!match) return undefined;
  const ms = Date.parse(text as string);
  const [, year, month, day] = match.map(Number);
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(ms) || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return undefined;
  return ms;
}

/** A yyyy-MM-dd that is a real date. */
export function isCalendarDate(text: unknown): text is string {
  return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}
