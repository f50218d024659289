/**
 * The WeChat Pay v3 calls legacy-clients' AxiosWechatPayments makes, recorded like the other HTTP cases. They
 * share one trade, JT_SAMPLE_W0001 (206.00 yuan, expiring in 2099): a case brings the stand-in into its state
 * with `given` (cases sent first, unrecorded, each after its own `given`) and `buyer` (then the payer pays at
 * the cashier); the drift check does the same before replaying. Requests are signed at the frozen recording
 * clock (the stand-in refuses a timestamp more than 300 s from its own); the signature is not written to
 * request.txt, since every replay signs afresh. Bodies are what the client sends, so the sample test can
 * compare them as sent.
 */
import { WECHAT_DEV_APP, WECHATPAY_DEV_KEYS, wechatIdentityOf, type LegacyServer } from '../src/index.js';
import { authorization } from '../src/systems/wechat/pay/test-merchant.js';
import type { HttpRequestSample, HttpSampleCase } from './http-sample-cases.js';
import { RECORDING_NOW } from './recording-clock.js';

export const SAMPLE_WECHAT_TRADE = 'JT_SAMPLE_W0001';
const NOTIFY_URL = 'https://jingtong.invalid/payment/notify/wechat';
/** The recording clock's Beijing day: the day the sample trade was paid. */
const RECORDING_DAY = '2026-11-01';

function v3(method: 'GET' | 'POST', path: string, json?: object): HttpRequestSample {
  const target = `/wechat${path}`;
  const signed = authorization(method, target, json ? JSON.stringify(json) : '', { timestamp: Math.floor(RECORDING_NOW / 1000) });
  return { method, path: target, ...(json ? { json } : {}), headers: { authorization: signed } };
}

const order = (total: number) => ({
  appid: WECHAT_DEV_APP.appId,
  mchid: WECHATPAY_DEV_KEYS.mchid,
  description: '交通违法罚款',
  out_trade_no: SAMPLE_WECHAT_TRADE,
  time_expire: '2099-12-31T12:00:00+08:00',
  notify_url: NOTIFY_URL,
  amount: { total, currency: 'CNY' },
});
const h5 = (total: number) => v3('POST', '/v3/pay/transactions/h5', { ...order(total), scene_info: { payer_client_ip: '203.0.113.7', h5_info: { type: 'Wap' } } });
const refund = (outRefundNo: string, amount: number) =>
  v3('POST', '/v3/refund/domestic/refunds', {
    out_trade_no: SAMPLE_WECHAT_TRADE,
    out_refund_no: outRefundNo,
    reason: '重复缴款',
    notify_url: NOTIFY_URL,
    amount: { refund: amount, total: 20_600, currency: 'CNY' },
  });
const tradebill = (date: string) => v3('GET', `/v3/bill/tradebill?${new URLSearchParams({ bill_date: date, bill_type: 'ALL' })}`);

interface PayCase {
  operation: string;
  case: string;
  description: string;
  request: (legacy: LegacyServer) => Promise<HttpRequestSample> | HttpRequestSample;
  given?: string[];
  buyer?: 'pay';
  errorRate?: number;
  fresh?: 'bill_date' | 'token';
}

const OPS = {
  h5: '/v3/pay/transactions/h5',
  native: '/v3/pay/transactions/native',
  jsapi: '/v3/pay/transactions/jsapi',
  query: '/v3/pay/transactions/out-trade-no/{out_trade_no}',
  close: '/v3/pay/transactions/out-trade-no/{out_trade_no}/close',
  refund: '/v3/refund/domestic/refunds',
  refundQuery: '/v3/refund/domestic/refunds/{out_refund_no}',
  tradebill: '/v3/bill/tradebill',
  download: '/v3/billdownload/file',
};
const H5_OK = 'wechat.v3.pay.transactions.h5__ok';
const REFUND_OK = 'wechat.v3.refund.domestic.refunds__ok';
const queryPath = `/v3/pay/transactions/out-trade-no/${SAMPLE_WECHAT_TRADE}?mchid=${WECHATPAY_DEV_KEYS.mchid}`;
const closePath = `/v3/pay/transactions/out-trade-no/${SAMPLE_WECHAT_TRADE}/close`;

const PAY_CASES: PayCase[] = [
  { operation: OPS.h5, case: 'ok', description: 'an H5 order of 206.00 yuan: h5_url is the cashier', request: () => h5(20_600) },
  { operation: OPS.h5, case: 'amount-mismatch', description: 'the same out_trade_no again with another amount: 400 INVALID_REQUEST', request: () => h5(20_601), given: [H5_OK] },
  { operation: OPS.native, case: 'ok', description: 'a Native order: code_url for the QR code', request: () => v3('POST', OPS.native, order(20_600)) },
  {
    operation: OPS.jsapi,
    case: 'ok',
    description: "a JSAPI order for wx-user-1's openid: prepay_id",
    request: () => v3('POST', OPS.jsapi, { ...order(20_600), payer: { openid: wechatIdentityOf(WECHAT_DEV_APP.appId, 'wx-user-1').openid } }),
  },
  { operation: OPS.query, case: 'paid', description: 'the trade paid: SUCCESS, transaction_id, success_time, payer', request: () => v3('GET', queryPath), given: [H5_OK], buyer: 'pay' },
  { operation: OPS.query, case: 'notpay', description: 'the trade ordered, not paid: NOTPAY', request: () => v3('GET', queryPath), given: [H5_OK] },
  { operation: OPS.query, case: 'not-found', description: 'no such trade: 404 ORDERNOTEXIST', request: () => v3('GET', queryPath) },
  { operation: OPS.query, case: 'internal-error', description: 'errorRate 1: 500 SYSTEM_ERROR, signed', request: () => v3('GET', queryPath), errorRate: 1 },
  { operation: OPS.close, case: 'ok', description: 'an unpaid trade closed: 204, no body', request: () => v3('POST', closePath, { mchid: WECHATPAY_DEV_KEYS.mchid }), given: [H5_OK] },
  { operation: OPS.close, case: 'paid', description: 'a paid trade cannot be closed: 403 ORDERPAID', request: () => v3('POST', closePath, { mchid: WECHATPAY_DEV_KEYS.mchid }), given: [H5_OK], buyer: 'pay' },
  { operation: OPS.refund, case: 'ok', description: 'a partial refund of 50.00: PROCESSING', request: () => refund('JT_SAMPLE_WR1', 5_000), given: [H5_OK], buyer: 'pay' },
  { operation: OPS.refund, case: 'not-enough', description: '156.01 after 50.00 of 206.00 was refunded: 403 NOT_ENOUGH', request: () => refund('JT_SAMPLE_WR2', 15_601), given: [REFUND_OK] },
  { operation: OPS.refundQuery, case: 'ok', description: 'the refund of 50.00, settled: SUCCESS', request: () => v3('GET', '/v3/refund/domestic/refunds/JT_SAMPLE_WR1'), given: [REFUND_OK] },
  { operation: OPS.refundQuery, case: 'not-found', description: 'no refund with that number: 404 RESOURCE_NOT_EXISTS', request: () => v3('GET', '/v3/refund/domestic/refunds/JT_SAMPLE_WR9') },
  {
    operation: OPS.tradebill,
    case: 'ok',
    description: "the recording day's bill (the paid sample trade): download_url and its SHA1",
    request: () => tradebill(RECORDING_DAY),
    given: [H5_OK],
    buyer: 'pay',
    fresh: 'bill_date',
  },
  { operation: OPS.tradebill, case: 'no-statement', description: 'a day without trades: 400 NO_STATEMENT_EXIST', request: () => tradebill('2026-10-31') },
  {
    operation: OPS.download,
    case: 'ok',
    description: "the recording day's bill file (BOM, backtick-prefixed CSV, totals)",
    request: async (legacy) => {
      const { path, headers } = tradebill(RECORDING_DAY);
      const answer = (await (await fetch(`${legacy.url}${path}`, { headers })).json()) as { download_url: string };
      return v3('GET', `${OPS.download}?${new URLSearchParams({ token: new URL(answer.download_url).searchParams.get('token') ?? '' })}`);
    },
    given: [H5_OK],
    buyer: 'pay',
    fresh: 'token',
  },
];

const folderOf = (c: { operation: string; case: string }) => `wechat${c.operation.replaceAll('/', '.').replaceAll('-', '_').replace(/[{}]/g, '')}__${c.case}`;

/** The stand-in state a case was recorded in: each given case's state and request, then the payer. */
async function bringAbout(legacy: LegacyServer, sample: PayCase): Promise<void> {
  for (const folder of sample.given ?? []) {
    const first = PAY_CASES.find((c) => folderOf(c) === folder);
    if (!first) throw new Error(`${folderOf(sample)}: given ${folder} is not a WeChat Pay case`);
    await bringAbout(legacy, first);
    const { method, path, json, headers } = await first.request(legacy);
    await fetch(`${legacy.url}${path}`, { method, headers: { ...headers, ...(json ? { 'content-type': 'application/json' } : {}) }, body: json ? JSON.stringify(json) : undefined });
  }
  if (sample.buyer) legacy.payments.pay('wechat', SAMPLE_WECHAT_TRADE);
}

export function wechatPaySampleCases(): HttpSampleCase[] {
  return PAY_CASES.map((sample) => ({
    system: 'wechat',
    operation: sample.operation,
    case: sample.case,
    description: sample.description,
    prepare: async (legacy) => {
      await bringAbout(legacy, sample);
      return sample.request(legacy);
    },
    ...(sample.errorRate ? { errorRate: sample.errorRate } : {}),
    ...(sample.fresh ? { fresh: sample.fresh } : {}),
    ...(sample.given ? { given: sample.given } : {}),
    ...(sample.buyer ? { buyer: sample.buyer } : {}),
  }));
}
