/** Alipay's times are Beijing time (UTC+8, no daylight saving): "yyyy-MM-dd HH:mm:ss", refunds with ".SSS". */
const EIGHT_HOURS = 8 * 3_600_000;
const STAMP = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(\.\d{1,3})?$/;

export const toBeijingTime = (date: Date): string => new Date(date.getTime() + EIGHT_HOURS).toISOString().replace('T', ' ').slice(0, 19);

/** The instant of an Alipay timestamp; throws a RangeError for anything else. */
export function fromBeijingTime(text: string): Date {
  const match = typeof text === 'string' ? STAMP.exec(text) : null;
  if (match) {
    const [, day, time, fraction = ''] = match;
    const date = new Date(`${day}T${time}${fraction}+08:00`);
    // A real date formats back to itself (02-30 would have rolled over into March).
    if (!Number.isNaN(date.getTime()) && toBeijingTime(date) === `${day} ${time}`) return date;
  }
  throw new RangeError(`not an Alipay timestamp: ${JSON.stringify(text)}`);
}
