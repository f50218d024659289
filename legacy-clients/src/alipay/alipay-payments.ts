/** Alipay as the payment centre uses it: wap pay and QR (precreate), query, close, refunds, the bill, and the check of notifications. */
import type { CallContext } from '../call-context.js';
import type { ChannelBillLine } from '../channel-bill-line.js';

/** What the merchant orders; amounts are integer fen (converted to Alipay's yuan strings exactly). */
export interface AlipayOrder {
  /** Ours: 1-64 letters, digits or underscores; the same number with the same amount is the same trade. */
  outTradeNo: string;
  amountFen: number;
  /** What the payer sees (订单标题), at most 256 characters, without / = &. */
  subject: string;
  /** time_expire: an unpaid trade closes by itself then. */
  expiresAt: Date;
  /** Where Alipay POSTs trade_status_sync notifications. */
  notifyUrl: string;
  /** Where the payer's browser comes back after paying (wap pay). */
  returnUrl: string;
  /** Where the cashier's 取消 sends the payer (wap pay); without it Alipay shows its own page. */
  quitUrl?: string;
}

export type AlipayTradeStatus = 'WAIT_BUYER_PAY' | 'TRADE_SUCCESS' | 'TRADE_CLOSED' | 'TRADE_FINISHED';

export interface AlipayTrade {
  /**
   * NOT_FOUND: Alipay has no such trade, which is also what it says of a pre-created (QR) trade nobody
   * has scanned yet: not paid, and before expiry still payable.
   */
  status: AlipayTradeStatus | 'NOT_FOUND';
  /** Alipay's 支付宝交易号. */
  tradeNo?: string;
  /** The trade's total. */
  amountFen?: number;
  /** send_pay_date. */
  paidAt?: Date;
  /** Never set by Alipay's trade query (it reports no refunds): refund() answers the cumulative amount. */
  refundedFen?: number;
}

export interface AlipayRefundRequest {
  outTradeNo: string;
  /** Ours, 1-64 letters, digits or underscores: the same number again is the same refund. */
  outRequestNo: string;
  amountFen: number;
  reason: string;
}

export interface AlipayRefund {
  /** Everything refunded on the trade so far, this refund included (refund_fee). */
  refundedFen: number;
  /** false: this out_request_no was refunded before, nothing moved this time. */
  fundChange: boolean;
}

export interface AlipayRefundStatus {
  /** NOT_FOUND: no refund with this number (Alipay's way of saying "not refunded"). */
  status: 'REFUND_SUCCESS' | 'NOT_FOUND';
  /** This refund's amount. */
  amountFen?: number;
  refundedAt?: Date;
}

/** A trade_status_sync notification whose signature and app id checked out. */
export interface AlipayNotification {
  outTradeNo: string;
  tradeNo: string;
  /** TRADE_SUCCESS for a payment and a partial refund; TRADE_CLOSED for a full refund or an unpaid trade closed. */
  status: AlipayTradeStatus;
  /** The trade's total. */
  amountFen: number;
  /** Refunds: everything refunded on the trade so far. */
  refundedFen?: number;
  /** Refunds: the refund's out_request_no. */
  outBizNo?: string;
  paidAt?: Date;
  refundedAt?: Date;
  appId: string;
  /** The same for every re-send of one notification. */
  notifyId: string;
}

/**
 * Business refusals (ACQ.TRADE_HAS_SUCCESS, ACQ.CONTEXT_INCONSISTENT, ACQ.REFUND_AMT_NOT_EQUAL_TOTAL, …)
 * throw AlipayTradeRefused; outages, timeouts, "system busy" and answers that fail their signature
 * throw LegacyError. `ctx` only tags the call (trace id).
 */
export interface AlipayPayments {
  /** wap pay (手机网站支付): the signed gateway URL to send the payer's browser to. No call is made. */
  wapPayUrl(order: AlipayOrder): string;
  /** QR payment (当面付 precreate): what the QR code holds. */
  precreate(order: AlipayOrder, ctx?: CallContext): Promise<{ qrCode: string }>;
  query(outTradeNo: string, ctx?: CallContext): Promise<AlipayTrade>;
  /** NOT_FOUND: nothing to close (a QR code nobody scanned); a closed trade closes again; a paid one is refused (ACQ.TRADE_STATUS_ERROR). */
  close(outTradeNo: string, ctx?: CallContext): Promise<'CLOSED' | 'NOT_FOUND'>;
  refund(request: AlipayRefundRequest, ctx?: CallContext): Promise<AlipayRefund>;
  queryRefund(outTradeNo: string, outRequestNo: string, ctx?: CallContext): Promise<AlipayRefundStatus>;
  /** The bill's download link (valid 30 s); refused with isp.bill_not_exist for a day without one yet. */
  billDownloadUrl(date: string, ctx?: CallContext): Promise<string>;
  /** The day's (YYYY-MM-DD) trade bill as CSV; '' when Alipay has none for the day. */
  billCsv(date: string, ctx?: CallContext): Promise<string>;
  /** The day's bill read into its payments and refunds (amounts in fen); [] when Alipay has none for the day. */
  billLines(date: string, ctx?: CallContext): Promise<ChannelBillLine[]>;
  /** The form Alipay POSTed to notify_url; undefined when its signature, app id or fields do not check out. */
  verifyNotification(form: Record<string, string>): AlipayNotification | undefined;
}
