/** The bureau's local time, whatever the phone's timezone says. */
const TIME_ZONE = 'Asia/Shanghai';

const dateTimeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE });

/** `2024-03-05T00:30:00Z` → `2024年3月5日 08:30`. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

/** `2025-06-30` → `2025年6月30日`; anything else is shown as it came. */
export function formatDate(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) return day;
  const [, year, month, day_] = match;
  return `${year}年${Number(month)}月${Number(day_)}日`;
}

/** Whether a `YYYY-MM-DD` date is already behind us, counted in the bureau's local days. */
export function isPastDay(day: string, now: Date = new Date()): boolean {
  const match = /^\d{4}-\d{2}-\d{2}/.exec(day);
  if (!match) return false;
  return match[0] < dayFormat.format(now);
}

/** `京A12345` → `京A·12345`, the way plates are printed. */
export function formatPlate(plate: string): string {
  if (plate.includes('·') || plate.length < 7) return plate;
  return `${plate.slice(0, 2)}·${plate.slice(2)}`;
}
