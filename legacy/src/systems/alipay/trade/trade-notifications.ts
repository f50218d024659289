/**
 * What the platform tells the merchant about a trade: the asynchronous notification (异步通知,
 * notify_type trade_status_sync, POSTed form-encoded to notify_url) and the synchronous return
 * parameters (同步返回, appended to return_url when the buyer is sent back). Both are signed RSA2
 * with Alipay's private key as the v1 check verifies them (alipay-sdk `checkNotifySignV2`, the
 * Java SDK's `rsaCheckV1`): every field but `sign` and `sign_type`, sorted, `key=value` of the raw
 * values joined by `&`. Empty fields are never sent: that check would sign them as `key=`.
 */
import type { NotificationRequest } from '../../../framework/payment-notifier.js';
import { rsa2Sign } from '../signing.js';
import { beijingTimeOf, beijingTimeWithMs } from './beijing-time.js';
import { refundedFen, type Trade, type TradeEvent } from './trades.js';
import { yuanOf } from './yuan.js';

export interface PlatformSigner {
  appId: string;
  /** The merchant's own 2088… partner id (seller_id). */
  sellerId: string;
  alipayPrivateKeyPem: string;
  now: () => number;
}

type Fields = Record<string, string | undefined>;

/** The v1 notification content: sign and sign_type left out. */
export function notificationSignContent(fields: Readonly<Record<string, string>>): string {
  return Object.keys(fields)
    .filter((key) => key !== 'sign' && key !== 'sign_type')
    .sort()
    .map((key) => `${key}=${fields[key]}`)
    .join('&');
}

function signed(fields: Fields, signer: PlatformSigner): Record<string, string> {
  const present = Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''));
  return { ...present, sign: rsa2Sign(notificationSignContent(present), signer.alipayPrivateKeyPem) };
}

const paymentFields = (trade: Trade): Fields => ({
  buyer_id: trade.buyer?.userId,
  buyer_logon_id: trade.buyer?.logonId,
  receipt_amount: yuanOf(trade.amountFen),
  invoice_amount: yuanOf(trade.amountFen),
  buyer_pay_amount: yuanOf(trade.amountFen),
  point_amount: '0.00',
  gmt_payment: trade.paidAt === undefined ? undefined : beijingTimeOf(trade.paidAt),
  fund_bill_list: JSON.stringify([{ amount: yuanOf(trade.amountFen), fundChannel: 'ALIPAYACCOUNT' }]),
});

/** The fields as they stand at the event (a later refund does not change what the payment said). */
function eventFields(event: TradeEvent): Fields {
  const { trade } = event;
  const common: Fields = {
    trade_no: trade.tradeNo,
    out_trade_no: trade.outTradeNo,
    trade_status: trade.status,
    total_amount: yuanOf(trade.amountFen),
    subject: trade.subject,
    gmt_create: beijingTimeOf(trade.createdAt),
    gmt_close: trade.status === 'TRADE_CLOSED' && trade.closedAt !== undefined ? beijingTimeOf(trade.closedAt) : undefined,
  };
  if (event.kind === 'closed' && trade.paidAt === undefined) return common;
  if (event.kind !== 'refunded') return { ...common, ...paymentFields(trade) };
  return {
    ...common,
    ...paymentFields(trade),
    out_biz_no: event.refund.outRequestNo,
    // Cumulative: everything refunded on this trade so far.
    refund_fee: yuanOf(refundedFen(trade)),
    gmt_refund: beijingTimeWithMs(event.refund.at),
  };
}

/** A notification to send now and to re-send as is, each delivery with its own notify_time and signature. */
export function tradeNotification(url: string, event: TradeEvent, notifyId: string, signer: PlatformSigner): () => NotificationRequest {
  const fields = eventFields(event);
  return () => ({
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body: new URLSearchParams(
      signed(
        {
          notify_time: beijingTimeOf(signer.now()),
          notify_type: 'trade_status_sync',
          notify_id: notifyId,
          app_id: signer.appId,
          auth_app_id: signer.appId,
          charset: 'utf-8',
          version: '1.0',
          sign_type: 'RSA2',
          seller_id: signer.sellerId,
          ...fields,
        },
        signer,
      ),
    ).toString(),
  });
}

/** The query parameters the buyer's browser brings back to return_url after paying. */
export function returnParameters(trade: Trade, signer: PlatformSigner): Record<string, string> {
  return signed(
    {
      charset: 'utf-8',
      out_trade_no: trade.outTradeNo,
      method: 'alipay.trade.wap.pay.return',
      total_amount: yuanOf(trade.amountFen),
      trade_no: trade.tradeNo,
      auth_app_id: signer.appId,
      version: '1.0',
      app_id: signer.appId,
      sign_type: 'RSA2',
      seller_id: signer.sellerId,
      timestamp: beijingTimeOf(signer.now()),
    },
    signer,
  );
}

export function returnUrlOf(trade: Trade, signer: PlatformSigner): string | undefined {
  if (!trade.returnUrl) return undefined;
  const url = new URL(trade.returnUrl);
  for (const [key, value] of Object.entries(returnParameters(trade, signer))) url.searchParams.set(key, value);
  return url.toString();
}
