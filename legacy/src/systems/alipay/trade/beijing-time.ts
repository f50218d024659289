/** The open platform speaks Beijing time (UTC+8, no daylight saving): "yyyy-MM-dd HH:mm:ss". */
import { beijingTime } from '../accounts.js';

export { beijingTime };

const STAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const HOUR = 3_600_000;

/** Epoch ms of a Beijing timestamp; undefined when malformed or not a real date (02-30 does not roll over). */
export function parseBeijingTime(text: unknown): number | undefined {
  if (typeof text !== 'string' || !STAMP.test(text)) return undefined;
  const ms = Date.parse(`${text.replace(' ', 'T')}+08:00`);
  return Number.isNaN(ms) || beijingTime(new Date(ms)) !== text ? undefined : ms;
}

export const beijingTimeOf = (ms: number): string => beijingTime(new Date(ms));

/** yyyy-MM-dd of the Beijing day holding `ms`. */
export const beijingDateOf = (ms: number): string => beijingTimeOf(ms).slice(0, 10);

/** With milliseconds, as notifications carry gmt_refund ("2015-04-28 15:45:57.320"). */
export const beijingTimeWithMs = (ms: number): string => new Date(ms + 8 * HOUR).toISOString().replace('T', ' ').slice(0, 23);
