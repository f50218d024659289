/**
 * The trade methods' business parameters: `biz_content` (a JSON object) plus the common
 * notify_url / return_url, checked as the platform checks them (ACQ.INVALID_PARAMETER naming the
 * parameter). Only the fields the stand-in acts on are read; others are accepted and ignored.
 */
import type { AlipayError } from '../errors.js';
import { parseBeijingTime } from './beijing-time.js';
import { TRADE_ERRORS as E, isAlipayError } from './trade-errors.js';
import type { TradeIds, TradeOrder } from './trades.js';
import { fenOf } from './yuan.js';

export type Biz = Record<string, unknown>;

/** "仅支持字母、数字、下划线", at most 64 characters. */
const OUT_TRADE_NO = /^[A-Za-z0-9_]{1,64}$/;
const OUT_REQUEST_NO = /^[A-Za-z0-9_]{1,64}$/;
/** Characters the platform refuses in a subject. */
const SUBJECT_FORBIDDEN = /[/=&]/;

const HOUR = 3_600_000;

/** A product's default lifetime when time_expire is not sent. */
export const PRODUCTS = {
  'alipay.trade.precreate': { productCode: 'FACE_TO_FACE_PAYMENT', defaultLifetimeMs: 2 * HOUR },
  'alipay.trade.wap.pay': { productCode: 'QUICK_WAP_WAY', defaultLifetimeMs: 15 * 24 * HOUR },
} as const;

export function bizOf(params: Record<string, string>): Biz | AlipayError {
  if (!params.biz_content) return E.invalidParameter('缺少 biz_content');
  try {
    const biz: unknown = JSON.parse(params.biz_content);
    if (biz && typeof biz === 'object' && !Array.isArray(biz)) return biz as Biz;
  } catch {
    // answered below
  }
  return E.invalidParameter('biz_content 不是 JSON 对象');
}

const text = (biz: Biz, key: string): string | undefined => (typeof biz[key] === 'string' && biz[key] !== '' ? (biz[key] as string) : undefined);

function url(value: string | undefined, name: string): string | AlipayError | undefined {
  if (value === undefined || value === '') return undefined;
  try {
    const parsed = new URL(value);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return value;
  } catch {
    // answered below
  }
  return E.invalidParameter(`${name} 不是 http(s) 地址`);
}

export function orderOf(method: keyof typeof PRODUCTS, biz: Biz, params: Record<string, string>, now: number): TradeOrder | AlipayError {
  const product = PRODUCTS[method];
  const outTradeNo = text(biz, 'out_trade_no');
  if (!outTradeNo || !OUT_TRADE_NO.test(outTradeNo)) return E.invalidParameter('out_trade_no 须为 1-64 位字母、数字或下划线');
  const amountFen = fenOf(biz.total_amount);
  if (amountFen === undefined) return E.invalidParameter('total_amount 须为 0.01-100000000 元，至多两位小数');
  const subject = text(biz, 'subject');
  if (!subject || subject.length > 256 || SUBJECT_FORBIDDEN.test(subject)) return E.invalidParameter('subject 须为 1-256 个字符，不可含 / = &');
  const productCode = text(biz, 'product_code') ?? product.productCode;
  if (productCode !== product.productCode) return E.invalidParameter(`product_code 须为 ${product.productCode}`);
  const timeExpire = text(biz, 'time_expire');
  const expiresAt = timeExpire === undefined ? now + product.defaultLifetimeMs : parseBeijingTime(timeExpire);
  if (expiresAt === undefined) return E.invalidParameter('time_expire 须为 yyyy-MM-dd HH:mm:ss');
  if (expiresAt <= now) return E.invalidParameter('time_expire 已过');
  const urls = { notifyUrl: url(params.notify_url, 'notify_url'), returnUrl: url(params.return_url, 'return_url'), quitUrl: url(text(biz, 'quit_url'), 'quit_url') };
  const badUrl = Object.values(urls).find(isAlipayError);
  if (badUrl) return badUrl;
  return { outTradeNo, amountFen, subject, productCode, expiresAt, ...(urls as Record<keyof typeof urls, string | undefined>) };
}

export function idsOf(biz: Biz): TradeIds | AlipayError {
  const ids = { outTradeNo: text(biz, 'out_trade_no'), tradeNo: text(biz, 'trade_no') };
  return ids.outTradeNo || ids.tradeNo ? ids : E.invalidParameter('out_trade_no 和 trade_no 不能同时为空');
}

export function refundRequestOf(biz: Biz, ids: TradeIds): { outRequestNo: string; amountFen: number; reason?: string } | AlipayError {
  const amountFen = fenOf(biz.refund_amount);
  if (amountFen === undefined) return E.invalidParameter('refund_amount 须为 0.01-100000000 元，至多两位小数');
  // Without out_request_no the platform takes the trade number: one full refund per trade.
  const outRequestNo = text(biz, 'out_request_no') ?? ids.outTradeNo ?? ids.tradeNo ?? '';
  if (!OUT_REQUEST_NO.test(outRequestNo)) return E.invalidParameter('out_request_no 须为 1-64 位字母、数字或下划线');
  const reason = text(biz, 'refund_reason');
  return reason === undefined ? { outRequestNo, amountFen } : { outRequestNo, amountFen, reason };
}
