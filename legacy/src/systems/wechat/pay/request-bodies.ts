/**
 * The JSON bodies of the order and refund calls, checked as the platform checks them: a field
 * missing or out of its rules is PARAM_ERROR naming the field (`输入源“/body/amount/total”…`),
 * the merchant's own ids that do not match its Authorization are refused. Fields the stand-in does
 * not act on are accepted and ignored.
 */
import { z } from 'zod';
import { parseRfc3339 } from './beijing-time.js';
import { PAY_ERRORS as E, PayError } from './pay-errors.js';
import type { RefundRequest, TradeOrder, TradeType } from './trades.js';

const httpUrl = z
  .string()
  .max(255)
  .refine((value) => /^https?:\/\/[^\s/]+/.test(value), '须为 http(s) 地址');

const amount = z.object({ total: z.number().int().positive().max(100_000_000_00), currency: z.literal('CNY').optional() });

const common = {
  appid: z.string().min(1).max(32),
  mchid: z.string().min(1).max(32),
  description: z.string().min(1).max(127),
  out_trade_no: z.string().regex(/^[A-Za-z0-9_\-|*]{6,32}$/, '须为 6-32 位字母、数字或 _-|*'),
  time_expire: z.string().optional(),
  attach: z.string().max(128).optional(),
  notify_url: httpUrl,
  amount,
};

const ORDER_BODIES = {
  JSAPI: z.object({ ...common, payer: z.object({ openid: z.string().min(1).max(128) }) }),
  NATIVE: z.object({ ...common }),
  MWEB: z.object({ ...common, scene_info: z.object({ payer_client_ip: z.string().min(1).max(45), h5_info: z.object({ type: z.string().min(1) }) }) }),
} satisfies Record<TradeType, z.ZodType>;

const refundBody = z.object({
  transaction_id: z.string().min(1).max(32).optional(),
  out_trade_no: z.string().min(1).max(32).optional(),
  out_refund_no: z.string().regex(/^[A-Za-z0-9_\-|*@]{1,64}$/, '须为 1-64 位字母、数字或 _-|*@'),
  reason: z.string().max(80).optional(),
  notify_url: httpUrl.optional(),
  funds_account: z.string().optional(),
  amount: z.object({ refund: z.number().int().positive(), total: z.number().int().positive(), currency: z.literal('CNY') }),
});

type OrderBody = z.infer<(typeof ORDER_BODIES)['NATIVE']> & { payer?: { openid: string } };

/** Two hours, the lifetime of an order without time_expire. */
const DEFAULT_LIFETIME_MS = 2 * 3_600_000;

function parsed<T>(schema: z.ZodType<T>, json: unknown): T | PayError {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  const missing = issue.code === 'invalid_type' && issue.message.includes('received undefined');
  return E.paramError(`输入源“/body/${issue.path.join('/')}”${missing ? '为必填项' : `不符合规则（${issue.message}）`}`);
}

export interface MerchantIds {
  appId: string;
  mchid: string;
}

export function orderOf(tradeType: TradeType, json: unknown, merchant: MerchantIds, now: number): TradeOrder | PayError {
  const body = parsed(ORDER_BODIES[tradeType] as z.ZodType<OrderBody>, json);
  if (body instanceof PayError) return body;
  if (body.mchid !== merchant.mchid) return E.invalidRequest('mchid与请求头Authorization中的商户号不一致');
  if (body.appid !== merchant.appId) return E.appIdMismatch;
  let expiresAt = now + DEFAULT_LIFETIME_MS;
  if (body.time_expire !== undefined) {
    const at = parseRfc3339(body.time_expire);
    if (at === undefined) return E.paramError('time_expire 须为 RFC 3339 格式，如 2026-11-01T10:00:00+08:00');
    if (at <= now) return E.paramError('time_expire 不能早于当前时间');
    expiresAt = at;
  }
  const openid = tradeType === 'JSAPI' ? body.payer?.openid : undefined;
  return {
    tradeType,
    appid: body.appid,
    mchid: body.mchid,
    description: body.description,
    outTradeNo: body.out_trade_no,
    expiresAt,
    notifyUrl: body.notify_url,
    totalFen: body.amount.total,
    attach: body.attach,
    openid,
    payerClientIp: tradeType === 'MWEB' ? (body as { scene_info?: { payer_client_ip?: string } }).scene_info?.payer_client_ip : undefined,
    fingerprint: JSON.stringify([tradeType, body.appid, body.description, body.time_expire ?? '', body.notify_url, body.amount.total, body.attach ?? '', openid ?? '']),
  };
}

export function refundRequestOf(json: unknown): RefundRequest | PayError {
  const body = parsed(refundBody, json);
  if (body instanceof PayError) return body;
  if (!body.transaction_id && !body.out_trade_no) return E.paramError('transaction_id 与 out_trade_no 须填写其一');
  if (body.amount.refund > body.amount.total) return E.paramError('退款金额不能大于原订单金额');
  return {
    transactionId: body.transaction_id,
    outTradeNo: body.out_trade_no,
    outRefundNo: body.out_refund_no,
    refundFen: body.amount.refund,
    totalFen: body.amount.total,
    reason: body.reason,
    notifyUrl: body.notify_url,
  };
}
