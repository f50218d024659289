/**
 * The only place that knows Alipay's trade field names, product codes and formats: requests from our
 * orders (fen → yuan strings, Date → Beijing time) and answers / notifications back (camelCase keys,
 * as the SDK hands them over; notifications raw, as posted). A malformed value throws a RangeError.
 */
import type { AlipayAnswer } from './alipay-sdk-exec.js';
import type { AlipayNotification, AlipayOrder, AlipayRefund, AlipayRefundRequest, AlipayRefundStatus, AlipayTrade, AlipayTradeStatus } from './alipay-payments.js';
import { fromBeijingTime, toBeijingTime } from './beijing-time.js';
import { toFen, toYuan } from './fen.js';

export const TRADE_STATUSES: readonly AlipayTradeStatus[] = ['WAIT_BUYER_PAY', 'TRADE_SUCCESS', 'TRADE_CLOSED', 'TRADE_FINISHED'];

const orderContent = (order: AlipayOrder, productCode: string) => ({
  out_trade_no: order.outTradeNo,
  total_amount: toYuan(order.amountFen),
  subject: order.subject,
  product_code: productCode,
  time_expire: toBeijingTime(order.expiresAt),
});

export const wapPayRequest = (order: AlipayOrder) => ({
  notifyUrl: order.notifyUrl,
  returnUrl: order.returnUrl,
  bizContent: { ...orderContent(order, 'QUICK_WAP_WAY'), ...(order.quitUrl ? { quit_url: order.quitUrl } : {}) },
});

export const precreateRequest = (order: AlipayOrder) => ({ notifyUrl: order.notifyUrl, bizContent: orderContent(order, 'FACE_TO_FACE_PAYMENT') });

export const tradeRequest = (outTradeNo: string) => ({ bizContent: { out_trade_no: outTradeNo } });

export const refundRequest = (request: AlipayRefundRequest) => ({
  bizContent: { out_trade_no: request.outTradeNo, refund_amount: toYuan(request.amountFen), out_request_no: request.outRequestNo, refund_reason: request.reason },
});

export const refundQueryRequest = (outTradeNo: string, outRequestNo: string) => ({ bizContent: { out_trade_no: outTradeNo, out_request_no: outRequestNo } });

export const billRequest = (date: string) => ({ bizContent: { bill_type: 'trade', bill_date: date } });

const text = (value: unknown, field: string): string => {
  if (typeof value !== 'string' || value === '') throw new RangeError(`no ${field} in the answer`);
  return value;
};

function statusOf(value: unknown): AlipayTradeStatus {
  if (!TRADE_STATUSES.includes(value as AlipayTradeStatus)) throw new RangeError(`unknown trade_status ${String(value)}`);
  return value as AlipayTradeStatus;
}

export const qrCodeOf = (answer: AlipayAnswer): { qrCode: string } => ({ qrCode: text(answer.qrCode, 'qr_code') });

export function tradeOf(answer: AlipayAnswer): AlipayTrade {
  return {
    status: statusOf(answer.tradeStatus),
    tradeNo: text(answer.tradeNo, 'trade_no'),
    amountFen: toFen(text(answer.totalAmount, 'total_amount')),
    ...(answer.sendPayDate ? { paidAt: fromBeijingTime(text(answer.sendPayDate, 'send_pay_date')) } : {}),
  };
}

export const refundOf = (answer: AlipayAnswer): AlipayRefund => ({ refundedFen: toFen(text(answer.refundFee, 'refund_fee')), fundChange: answer.fundChange === 'Y' });

export function refundStatusOf(answer: AlipayAnswer): AlipayRefundStatus {
  // No refund_amount: no refund with that number (a refund_status, when sent, must say success).
  if (answer.refundAmount === undefined) return { status: 'NOT_FOUND' };
  if (answer.refundStatus !== undefined && answer.refundStatus !== 'REFUND_SUCCESS') throw new RangeError(`unknown refund_status ${String(answer.refundStatus)}`);
  return {
    status: 'REFUND_SUCCESS',
    amountFen: toFen(text(answer.refundAmount, 'refund_amount')),
    ...(answer.gmtRefundPay ? { refundedAt: fromBeijingTime(text(answer.gmtRefundPay, 'gmt_refund_pay')) } : {}),
  };
}

export const billUrlOf = (answer: AlipayAnswer): string => text(answer.billDownloadUrl, 'bill_download_url');

/** The notification's content once its signature verified; undefined for another kind of notification. */
export function notificationOf(form: Record<string, string>): AlipayNotification | undefined {
  if (form.notify_type !== 'trade_status_sync') return undefined;
  const optional = <T>(value: string | undefined, read: (v: string) => T): T | undefined => (value === undefined || value === '' ? undefined : read(value));
  const notification: AlipayNotification = {
    outTradeNo: text(form.out_trade_no, 'out_trade_no'),
    tradeNo: text(form.trade_no, 'trade_no'),
    status: statusOf(form.trade_status),
    amountFen: toFen(text(form.total_amount, 'total_amount')),
    appId: text(form.app_id, 'app_id'),
    notifyId: text(form.notify_id, 'notify_id'),
  };
  const extra = {
    refundedFen: optional(form.refund_fee, toFen),
    outBizNo: optional(form.out_biz_no, (v) => v),
    paidAt: optional(form.gmt_payment, fromBeijingTime),
    refundedAt: optional(form.gmt_refund, fromBeijingTime),
  };
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) Object.assign(notification, { [key]: value });
  return notification;
}
