import type { ChannelName } from '../db/tables/payment-order.table.js';

/** What a notification says once its signature (and, for WeChat Pay, its encryption) checked out. */
export type VerifiedNotification =
  | { kind: 'PAID'; channel: ChannelName; merchantId: string; outTradeNo: string; tradeNo: string; amountFen: number; paidAt: Date }
  /** A refund reached the payer: it confirms a refund of ours by its request number. */
  | { kind: 'REFUNDED'; channel: ChannelName; merchantId: string; outTradeNo: string; outRequestNo: string }
  /** Anything else (waiting, closed): acknowledged, changes nothing here. */
  | { kind: 'OTHER'; channel: ChannelName; merchantId: string; outTradeNo: string };

/** Each channel's check, by its legacy client; undefined: forged, stale, or not for us. */
export interface NotificationVerifiers {
  alipay(form: Record<string, string>): VerifiedNotification | undefined;
  wechat(headers: Record<string, string | string[] | undefined>, rawBody: string): VerifiedNotification | undefined;
}
