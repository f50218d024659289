import type { QueueChannel, QueueNumberStatus } from '@/gql/graphql';

export const NUMBER_STATUS_LABELS: Record<QueueNumberStatus, string> = {
  WAITING: '等候中',
  CALLED: '已叫号',
  SERVED: '已办结',
  NO_SHOW: '未到',
  CANCELLED: '已取消',
};

export const NUMBER_STATUS_COLORS: Record<QueueNumberStatus, string> = {
  WAITING: 'blue',
  CALLED: 'orange',
  SERVED: 'green',
  NO_SHOW: 'red',
  CANCELLED: 'default',
};

export const CHANNEL_LABELS: Record<QueueChannel, string> = {
  ONLINE: '网上预约',
  WALKIN: '现场取号',
};

const WEEKDAY_NAMES = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** ISO weekdays `[1, 2, 3, 4, 5]` → `周一、周二、周三、周四、周五`. */
export const weekdaysText = (days: readonly number[]) => days.map((day) => WEEKDAY_NAMES[day] ?? String(day)).join('、');

/** `2026-12-15T01:05:00Z` → `09:05` (Beijing). */
const clock = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
export const formatClock = (iso: string | null | undefined) => (iso ? clock.format(new Date(iso)) : '—');
