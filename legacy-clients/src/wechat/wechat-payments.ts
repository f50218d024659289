/** WeChat Pay API v3 as the payment centre uses it: orders, query, close, refunds, the bill, and the check of notifications. */
import type { ChannelBillLine } from '../channel-bill-line.js';

/** What the merchant orders; amounts are integer fen. */
export interface WechatOrder {
  /** Ours: 6-32 letters, digits or _-|*; the same number again with the same order is the same trade. */
  outTradeNo: string;
  amountFen: number;
  /** What the payer sees (商品描述), at most 127 characters. */
  description: string;
  expiresAt: Date;
  /** Where WeChat Pay POSTs the TRANSACTION.SUCCESS notification. */
  notifyUrl: string;
}

export interface WechatH5Order extends WechatOrder {
  /** The payer's IP as our edge saw it (scene_info.payer_client_ip, required by H5 pay: WeChat compares it with the address that opens the cashier). */
  payerIp: string;
}

export interface WechatJsapiOrder extends WechatOrder {
  /** The payer's openid for our official account (from WeChat web authorisation). */
  openid: string;
}

/** What a JSAPI page hands WeixinJSBridge `getBrandWCPayRequest`, signed with the merchant key. */
export interface WechatJsapiPayParams {
  appId: string;
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: 'RSA';
  paySign: string;
}

export type WechatTradeStatus = 'NOTPAY' | 'SUCCESS' | 'CLOSED' | 'REFUND' | 'PAYERROR' | 'NOT_FOUND';

export interface WechatTrade {
  status: WechatTradeStatus;
  /** WeChat Pay's 微信支付订单号, once paid. */
  transactionId?: string;
  /** The order's total. */
  amountFen?: number;
  paidAt?: Date;
}

export interface WechatRefundRequest {
  outTradeNo: string;
  /** Ours, 1-64 characters: the same number again is the same refund. */
  outRefundNo: string;
  amountFen: number;
  /** The trade's total as ordered (WeChat checks it). */
  totalFen: number;
  reason: string;
  notifyUrl: string;
}

export type WechatRefundStatus = 'SUCCESS' | 'PROCESSING' | 'CLOSED' | 'ABNORMAL' | 'NOT_FOUND';

export interface WechatRefund {
  status: WechatRefundStatus;
  /** This refund's amount (not the trade's refunds together). */
  refundedFen: number;
  refundId?: string;
}

/** A notification whose signature, time and encryption all checked out. */
export interface WechatNotification {
  eventType: 'TRANSACTION.SUCCESS' | 'REFUND.SUCCESS' | 'REFUND.ABNORMAL' | 'REFUND.CLOSED';
  outTradeNo: string;
  transactionId: string;
  /** trade_state (SUCCESS) of a transaction, refund_status of a refund. */
  status: string;
  /** The order's total. */
  amountFen: number;
  outRefundNo?: string;
  refundedFen?: number;
  /** success_time: when the trade was paid, or the refund reached the payer. */
  paidAt?: Date;
  mchid: string;
  /** Transactions only: WeChat's refund notifications carry no appid. */
  appid?: string;
}

/**
 * Business refusals (ORDERPAID, ORDER_CLOSED, NOT_ENOUGH, INVALID_REQUEST, …) throw WechatPayRefused;
 * outages, timeouts, rate limits and answers that fail their signature throw LegacyError.
 */
export interface WechatPayments {
  /** An H5 order: the cashier URL to send the payer to (append `&redirect_url=` to be sent back). */
  h5Order(order: WechatH5Order): Promise<{ url: string }>;
  /** A Native order: what the QR code for another device holds. */
  nativeOrder(order: WechatOrder): Promise<{ qrCode: string }>;
  /** A JSAPI order inside WeChat: the prepay_id (the page then needs jsapiPayParams). */
  jsapiOrder(order: WechatJsapiOrder): Promise<{ prepayId: string }>;
  /** What the JSAPI page hands WeixinJSBridge for a prepay_id, freshly signed (no call to WeChat). */
  jsapiPayParams(prepayId: string): WechatJsapiPayParams;
  query(outTradeNo: string): Promise<WechatTrade>;
  /** Closing a closed trade again succeeds; a paid one is refused (ORDERPAID). */
  close(outTradeNo: string): Promise<void>;
  refund(request: WechatRefundRequest): Promise<WechatRefund>;
  queryRefund(outRefundNo: string): Promise<WechatRefund>;
  /** The day's trade bill (ALL), as the file WeChat serves (its SHA1 checked); '' when WeChat has none for the day (NO_STATEMENT_EXIST). */
  billCsv(date: string): Promise<string>;
  /** The day's bill read into its payments and refunds (amounts in fen); [] when WeChat has none for the day. */
  billLines(date: string): Promise<ChannelBillLine[]>;
  /** undefined when the signature fails, the key id is unknown, the timestamp is more than 300 s off or the resource does not decrypt. */
  verifyNotification(headers: Record<string, string | string[] | undefined>, rawBody: string): WechatNotification | undefined;
}
