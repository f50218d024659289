import { type CodeOf, defineErrorCodes, UserError } from '@jingtong/kit';
import { GraphQLError } from 'graphql';

/** The hall queue's business codes: mutation payloads, and the typed errors of its queries. */
export const QueueErrors = defineErrorCodes('queue', {
  HALL_NOT_FOUND: { message: '未找到该办事大厅', description: 'No open hall with this id.', where: 'both' },
  ITEM_NOT_SERVED: { message: '该大厅不办理此项业务', description: 'The hall’s queue machine serves no such item.', where: 'both' },
  DATE_NOT_BOOKABLE: { message: '该日期不可预约，请选择可预约的工作日', description: 'Not one of the hall’s next working days open for booking (QUEUE_BOOKING_MIN_DAYS–QUEUE_BOOKING_MAX_DAYS), or the hall is closed that day.', where: 'both' },
  SLOT_INVALID: { message: '该时段不可预约', description: 'Not one of the hall’s time slots (`09:00-09:30`), or the machine refused it.', where: 'both' },
  SLOT_FULL: { message: '该时段网上预约号已约满，请选择其他时段', description: 'Every seat of the slot bookable online is taken (or the machine has issued its last number of the day).', where: 'payload' },
  ALREADY_BOOKED: { message: '您已预约该大厅当天的号，不能重复预约', description: 'The citizen holds an active number of this hall for this date.', where: 'payload' },
  BOOKING_BARRED: { message: '因多次预约未按时到场，暂停网上预约', description: 'QUEUE_NO_SHOW_LIMIT no-shows within QUEUE_NO_SHOW_WINDOW_DAYS: no online booking for QUEUE_BAR_DAYS (the message says until when).', where: 'payload' },
  TICKET_NOT_FOUND: { message: '未找到该预约号', description: 'No ticket with this id belongs to the caller.', where: 'payload' },
  CANCEL_TOO_LATE: { message: '已过可取消时间，不能取消', description: 'Less than QUEUE_CANCEL_BEFORE_MINUTES before the slot begins (the message says how long before).', where: 'payload' },
  TICKET_NOT_ACTIVE: { message: '该号码已取消或已办结', description: 'The ticket was cancelled, served or missed: nothing to do with it any more.', where: 'payload' },
  QR_INVALID: { message: '二维码无效，请让群众出示本人预约二维码', description: 'The scanned payload is not one we signed, or was altered (nothing changes; the attempt is audited).', where: 'payload' },
  TICKET_NOT_TODAY: { message: '该号码不是今天的预约号', description: 'A check-in on another day than the ticket’s.', where: 'payload' },
  TICKET_OTHER_HALL: { message: '该号码不是本大厅的预约号', description: 'The ticket is for another hall than the desk’s.', where: 'payload' },
  HALL_OUT_OF_SCOPE: { message: '该大厅不在本单位管辖范围内', description: 'The officer’s unit does not cover the hall’s unit.', where: 'both' },
  WINDOW_INVALID: { message: '窗口号不正确', description: 'Not one of the hall’s windows (1…windows).', where: 'payload' },
  QUEUE_STEP_REFUSED: { message: '排队叫号系统未受理该操作', description: 'The queue machine refused the step for the number’s state (the message is the machine’s, e.g. 号码 A001 尚未叫号).', where: 'payload' },
  SCHEDULE_INVALID: { message: '排号设置不正确', description: 'A hall setting out of range (the message says which).', where: 'payload' },
});

export type QueueErrorCode = CodeOf<typeof QueueErrors>;

/** A payload error from one of the queue's codes (its catalogue message unless one is given). */
export const toUserError = (failure: { code: QueueErrorCode; message?: string; field?: string }) =>
  UserError.of(failure.code, failure.message ?? QueueErrors.codes[failure.code].message, failure.field);

/** The same code thrown by a query (`extensions.code`). */
export const queueQueryError = (code: QueueErrorCode, field?: string) =>
  new GraphQLError(QueueErrors.codes[code].message, { extensions: { code, ...(field ? { field } : {}) } });

/** What a service answers when it refuses: the code, and the input it is about. */
export type Refusal = { ok: false; code: QueueErrorCode; field?: string; message?: string };

export const refusal = (code: QueueErrorCode, field?: string, message?: string): Refusal => ({ ok: false, code, field, message });
