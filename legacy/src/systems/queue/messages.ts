/** ERROR texts of the queue machine (RESULT=1): the number exists or not, and what its state allows. */
import type { TicketStatus } from './ticket.js';

const STATUS_TEXT: Record<TicketStatus, string> = {
  WAITING: '等候中',
  CALLED: '已叫号',
  SERVED: '已办结',
  NO_SHOW: '已过号',
  CANCELLED: '已取消',
};

export const QUEUE_ERRORS = {
  numberUnknown: (date: string, number: string) => `${date} 无此号码：${number}`,
  notCancellable: (number: string, status: TicketStatus) => `号码 ${number} ${STATUS_TEXT[status]}，不能取消`,
  notCalled: (number: string, status: TicketStatus) => `号码 ${number} ${STATUS_TEXT[status]}，只有已叫号的号码可以标记`,
  alreadyMarked: (number: string, status: TicketStatus) => `号码 ${number} 已标记为${STATUS_TEXT[status]}`,
  checkInNotToday: (number: string, date: string) => `号码 ${number} 预约日期为 ${date}，仅可在当日签到`,
  checkInClosed: (number: string, status: TicketStatus) => `号码 ${number} ${STATUS_TEXT[status]}，不能签到`,
} as const;
