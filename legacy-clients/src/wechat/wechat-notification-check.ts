/**
 * The merchant's check of a WeChat Pay v3 notification, with the SDK's own helpers: the
 * Wechatpay-Signature over `timestamp\nnonce\nbody\n` by the 微信支付公钥 the Wechatpay-Serial names,
 * a Wechatpay-Timestamp within 300 s, then the resource decrypted AEAD_AES_256_GCM with the APIv3
 * key (which authenticates it: a changed ciphertext does not decrypt). Anything short of all of that
 * is not a notification from WeChat Pay (undefined), including WeChat's own WECHATPAY/SIGNTEST/ probes.
 */
import type { KeyObject } from 'node:crypto';
import { Aes, Formatter, Rsa } from 'wechatpay-axios-plugin';
import type { WechatNotification } from './wechat-payments.js';

export const MAX_CLOCK_SKEW_SECONDS = 300;

export interface NotificationKeys {
  /** 微信支付公钥 id -> key. */
  publicKeys: Record<string, KeyObject>;
  apiV3Key: string;
}

type Headers = Record<string, string | string[] | undefined>;

const EVENT_TYPES = new Set<string>(['TRANSACTION.SUCCESS', 'REFUND.SUCCESS', 'REFUND.ABNORMAL', 'REFUND.CLOSED']);

function header(headers: Headers, name: string): string | undefined {
  const wanted = name.toLowerCase();
  const value = Object.entries(headers).find(([key]) => key.toLowerCase() === wanted)?.[1];
  return Array.isArray(value) ? value[0] : value;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const fen = (value: unknown): number | undefined => (Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : undefined);
const time = (value: unknown): Date | undefined => {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? undefined : new Date(ms);
};

function signedBody(headers: Headers, rawBody: string, keys: NotificationKeys): boolean {
  const [timestamp, nonce, signature, serial] = ['Wechatpay-Timestamp', 'Wechatpay-Nonce', 'Wechatpay-Signature', 'Wechatpay-Serial'].map((name) => header(headers, name));
  if (!timestamp || !nonce || !signature || !serial || !Object.hasOwn(keys.publicKeys, serial)) return false;
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(Formatter.timestamp() - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS) return false;
  try {
    return Rsa.verify(Formatter.response(timestamp, nonce, rawBody), signature, keys.publicKeys[serial]);
  } catch {
    return false;
  }
}

interface Envelope {
  event_type?: unknown;
  resource?: { algorithm?: unknown; ciphertext?: unknown; nonce?: unknown; associated_data?: unknown; original_type?: unknown };
}

function decrypted(envelope: Envelope, apiV3Key: string): Record<string, unknown> | undefined {
  const resource = envelope.resource;
  if (resource?.algorithm !== 'AEAD_AES_256_GCM' || typeof resource.ciphertext !== 'string' || typeof resource.nonce !== 'string') return undefined;
  try {
    const plain = Aes.AesGcm.decrypt(resource.ciphertext, Buffer.from(apiV3Key, 'utf8'), resource.nonce, typeof resource.associated_data === 'string' ? resource.associated_data : '');
    const parsed: unknown = JSON.parse(plain);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined; // not authentic under our key, or not JSON
  }
}

export function checkWechatNotification(headers: Headers, rawBody: string, keys: NotificationKeys): WechatNotification | undefined {
  if (!signedBody(headers, rawBody, keys)) return undefined;
  let envelope: Envelope;
  try {
    envelope = JSON.parse(rawBody) as Envelope;
  } catch {
    return undefined;
  }
  const eventType = text(envelope.event_type);
  if (!eventType || !EVENT_TYPES.has(eventType)) return undefined;
  const resource = decrypted(envelope, keys.apiV3Key);
  if (!resource) return undefined;
  const amount = (resource.amount ?? {}) as Record<string, unknown>;
  const [outTradeNo, transactionId, mchid, amountFen] = [text(resource.out_trade_no), text(resource.transaction_id), text(resource.mchid), fen(amount.total)];
  if (!outTradeNo || !transactionId || !mchid || amountFen === undefined) return undefined;
  const common = { outTradeNo, transactionId, mchid, amountFen, paidAt: time(resource.success_time) };
  if (eventType === 'TRANSACTION.SUCCESS') {
    const status = text(resource.trade_state);
    return status ? { eventType, ...common, status, appid: text(resource.appid) } : undefined;
  }
  const [status, outRefundNo, refundedFen] = [text(resource.refund_status), text(resource.out_refund_no), fen(amount.refund)];
  if (!status || !outRefundNo || refundedFen === undefined) return undefined;
  return { eventType: eventType as WechatNotification['eventType'], ...common, status, outRefundNo, refundedFen };
}
