import type { ChannelBillLine } from '@jingtong/legacy-clients/channel-bill-line';
import type { ChannelName } from '../db/tables/payment-order.table.js';

/** A payment or refund as the channel's daily bill lists it (amounts positive fen). */
export type BillLine = ChannelBillLine;

/** A trade as the channel sees it (asked, not notified). */
export interface ChannelTrade {
  state: 'PENDING' | 'PAID' | 'CLOSED' | 'NOT_FOUND';
  tradeNo?: string;
  amountFen?: number;
  paidAt?: Date;
}

export interface ChannelTradeRequest {
  outTradeNo: string;
  amountFen: number;
  subject: string;
  expiresAt: Date;
  notifyUrl: string;
  returnUrl: string;
  /** The payer's client address (from the gateway): WeChat Pay's H5 orders require it. */
  payerIp: string | undefined;
  /** Inside WeChat: the payer's openid for the official account (a JSAPI order instead of H5). */
  wechatOpenid?: string;
}

/** What the page hands to WeixinJSBridge.invoke('getBrandWCPayRequest', …) inside WeChat. */
export interface JsapiPayParams {
  appId: string;
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: 'RSA';
  paySign: string;
}

/** Where the payer confirms: a cashier page (and a QR code of it), or WeChat's own pay sheet (JSAPI). */
export type Cashier = { url: string; qrContent: string; jsapi?: undefined } | { url?: undefined; qrContent?: undefined; jsapi: JsapiPayParams };

/**
 * Alipay and WeChat Pay as the payment centre uses them: open a trade and get the cashier, ask about a
 * trade, close one. Each is an adapter over its legacy client (`@jingtong/legacy-clients`), which speaks
 * the platform's own protocol; notifications are verified by the client too (see `notifications/`).
 */
export interface PaymentChannel {
  readonly name: ChannelName;
  /** The cashier: a URL for the H5 page, and what a QR code for another device should hold. */
  start(trade: ChannelTradeRequest): Promise<Cashier>;
  query(outTradeNo: string): Promise<ChannelTrade>;
  close(outTradeNo: string): Promise<void>;
  /** Sends a refund (the same request number again is the same refund at the channel). A refusal throws `ChannelRefusal`. */
  refund(refund: ChannelRefundRequest): Promise<RefundState>;
  /** How a refund sent earlier stands. */
  refundState(outTradeNo: string, outRequestNo: string): Promise<RefundState | 'NOT_FOUND'>;
  /** The payments and refunds of a Beijing day (YYYY-MM-DD) as the channel's bill lists them; [] when it has none. */
  bill(date: string): Promise<BillLine[]>;
}

export interface ChannelRefundRequest {
  outTradeNo: string;
  outRequestNo: string;
  amountFen: number;
  /** The trade's total (WeChat Pay checks it). */
  totalFen: number;
  reason: string;
  notifyUrl: string;
}

export type RefundState = 'SUCCEEDED' | 'PROCESSING' | 'FAILED';

/** The channel said no, for good (e.g. more than is left to refund): not an outage to retry. */
export class ChannelRefusal extends Error {
  constructor(readonly code: string) {
    super(`the payment channel refused: ${code}`);
    this.name = 'ChannelRefusal';
  }
}

/**
 * Our trade number for an order's n-th trade: ≤ 32 characters of [A-Za-z0-9] (WeChat's limit, the tighter one),
 * the Beijing date first so a bill line reads like the bureau's other order numbers.
 */
export function outTradeNoOf(orderId: string, channel: ChannelName, sequence: number, createdAt: Date): string {
  const day = new Date(createdAt.getTime() + 8 * 3_600_000).toISOString().slice(2, 10).replaceAll('-', '');
  return `JT${day}${orderId.replaceAll('-', '').slice(0, 18)}${channel === 'ALIPAY' ? 'A' : 'W'}${String(sequence).padStart(2, '0')}`;
}
