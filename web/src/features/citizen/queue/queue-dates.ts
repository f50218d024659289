const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;

/** `2026-12-15` → `12月15日 周二`: a calendar day of the hall (no time zone involved). */
export function dayLabel(date: string): string {
  const [, month, day] = date.split('-').map(Number);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return `${month}月${day}日 ${WEEKDAYS[weekday] ?? ''}`.trim();
}

/** `2026-12-15` → `2026年12月15日 周二`. */
export const fullDayLabel = (date: string) => `${date.slice(0, 4)}年${dayLabel(date)}`;
