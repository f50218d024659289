import { type CodeOf, defineErrorCodes, UserError } from '@jingtong/kit';
import { GraphQLError } from 'graphql';

/** The payment centre’s business codes, returned in mutation payloads (and a few thrown by queries); shared codes live in the kit. */
export const PaymentErrors = defineErrorCodes('payment', {
  ORDER_NOT_FOUND: { message: '未找到该缴费订单', description: 'No order with this id belongs to the caller (another citizen’s order reads the same).', where: 'payload' },
  ORDER_ALREADY_PAID: { message: '该订单已缴费，无需重复支付', description: 'The order is paid (perhaps through the other channel).', where: 'payload' },
  ORDER_CLOSED: { message: '该订单已关闭（超过缴费期限），请重新发起缴费', description: 'The order expired unpaid, or was closed.', where: 'payload' },
  ORDER_NOT_REFUNDABLE: { message: '该订单未缴费或已全额退款，不能退款', description: 'Only paid (or partly refunded) orders can be refunded.', where: 'payload' },
  REFUND_EXCEEDS_PAID: { message: '退款金额超过可退金额', description: 'This refund and the earlier ones (asked or done) would exceed what was paid.', where: 'payload' },
  REFUND_KEY_REUSED: { message: '该退款申请编号已用于其他退款', description: 'The idempotency key names a refund of another order or amount.', where: 'payload' },
  WECHAT_AUTH_FAILED: { message: '微信授权失败，请重新进入支付页面', description: 'Paying inside WeChat: the page’s web-authorisation code was refused by WeChat (used, expired or not ours), or given for another channel.', where: 'payload' },
  CHANNEL_UNAVAILABLE: { message: '支付渠道暂时无法使用，请稍后再试或换用其他支付方式', description: 'Alipay / WeChat Pay refused or did not answer when the payment was started.', where: 'payload' },
  RECONCILIATION_DATE_INVALID: { message: '对账日期须为今天或之前的日期', description: 'A reconciliation asked for a day that has not begun yet (Beijing time): the channels have no bill for it.', where: 'payload' },
  DIFFERENCE_NOT_FOUND: { message: '未找到该对账差异', description: 'No reconciliation difference has this id.', where: 'payload' },
  DIFFERENCE_ALREADY_RESOLVED: { message: '该对账差异已处理，不能重复处理', description: 'The difference was resolved before (by whom and how is on the difference).', where: 'payload' },
  DATE_RANGE_INVALID: { message: '日期区间不正确：开始日期不能晚于结束日期，且区间不超过 366 天', description: 'Reconciliation runs or payment statistics asked for `from` after `to`, or for more than 366 days.', where: 'query' },
});

export type PaymentErrorCode = CodeOf<typeof PaymentErrors>;

/** The same code thrown by a query (`extensions.code`). */
export const paymentQueryError = (code: PaymentErrorCode, field?: string) => new GraphQLError(PaymentErrors.codes[code].message, { extensions: { code, ...(field ? { field } : {}) } });

/** A payload error from one of payment's codes (its catalogue message unless one is given). */
export const toUserError = (failure: { code: PaymentErrorCode; message?: string; field?: string }) =>
  UserError.of(failure.code, failure.message ?? PaymentErrors.codes[failure.code].message, failure.field);
