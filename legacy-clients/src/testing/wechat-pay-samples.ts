/**
 * WeChat Pay v3 in the samples: the operations the client sends (named by their path templates, as the
 * stand-in counts them), the client as the samples build it, and what the drift check needs to send a
 * recorded request again: the state it was recorded in (meta `given`, then the payer paying at the
 * cashier, `buyer: pay`), a fresh signature, today's bill date or a fresh download token (`fresh`).
 */
import { readFileSync } from 'node:fs';
import { WECHAT_DEV_APP, WECHATPAY_DEV_KEYS, type LegacyServer } from '@jingtong/legacy';
import type { WechatPayOptions } from '../wechat/axios-wechat-payments.js';
import { parseRequestText, type HttpRequest } from './http-request.js';
import type { Sample } from './sample-files.js';
import { jsonShape } from './shape.js';
import { merchantAuthorization } from './wechat-pay-signing.js';

export const WECHATPAY_OPERATIONS = [
  '/v3/pay/transactions/h5',
  '/v3/pay/transactions/native',
  '/v3/pay/transactions/jsapi',
  '/v3/pay/transactions/out-trade-no/{out_trade_no}',
  '/v3/pay/transactions/out-trade-no/{out_trade_no}/close',
  '/v3/refund/domestic/refunds',
  '/v3/refund/domestic/refunds/{out_refund_no}',
  '/v3/bill/tradebill',
  '/v3/billdownload/file',
];

const TEMPLATES: Array<[RegExp, string]> = [
  [/^\/v3\/pay\/transactions\/out-trade-no\/[^/]+\/close$/, '/v3/pay/transactions/out-trade-no/{out_trade_no}/close'],
  [/^\/v3\/pay\/transactions\/out-trade-no\/[^/]+$/, '/v3/pay/transactions/out-trade-no/{out_trade_no}'],
  [/^\/v3\/refund\/domestic\/refunds\/[^/]+$/, '/v3/refund/domestic/refunds/{out_refund_no}'],
];

/** A path below /wechat as the operation it calls. */
export const wechatOperationOf = (path: string): string => TEMPLATES.find(([pattern]) => pattern.test(path))?.[1] ?? path;

export function wechatPayOptions(apiUrl: string): WechatPayOptions {
  return {
    apiUrl,
    appId: WECHAT_DEV_APP.appId,
    mchid: WECHATPAY_DEV_KEYS.mchid,
    merchantSerial: WECHATPAY_DEV_KEYS.merchantSerial,
    merchantPrivateKeyPem: readFileSync(WECHATPAY_DEV_KEYS.merchantPrivateKeyPath, 'utf8'),
    publicKeyId: WECHATPAY_DEV_KEYS.publicKeyId,
    publicKeyPem: readFileSync(WECHATPAY_DEV_KEYS.publicKeyPath, 'utf8'),
    apiV3Key: readFileSync(WECHATPAY_DEV_KEYS.apiV3KeyPath, 'utf8').trim(),
    timeoutMs: 2000,
  };
}

export const isWechatPaySample = (sample: Sample): boolean => sample.system === 'wechat' && sample.meta.operation.startsWith('/v3/');

async function sendSigned(legacy: LegacyServer, method: string, target: string, body: string) {
  const headers: Record<string, string> = { authorization: merchantAuthorization(method, target, body), accept: 'application/json' };
  if (body) headers['content-type'] = 'application/json';
  const response = await fetch(`${legacy.url}${target}`, { method, headers, body: body || undefined });
  // Not response.text(): it would drop the bill file's byte order mark.
  return { status: response.status, text: Buffer.from(await response.arrayBuffer()).toString('utf8') };
}

const targetOf = (request: HttpRequest) => `${request.pathname}${Object.keys(request.params).length ? `?${new URLSearchParams(request.params)}` : ''}`;
const bodyOf = (request: HttpRequest) => (request.json === undefined ? '' : JSON.stringify(request.json));

/** The trade a request is about: its body's or path's out_trade_no, else that of the first sample it was given. */
function tradeOf(sample: Sample, all: Sample[]): string | undefined {
  const request = parseRequestText(sample.request);
  const fromBody = (request.json as { out_trade_no?: string } | undefined)?.out_trade_no;
  const fromPath = /\/out-trade-no\/([^/]+)/.exec(request.pathname)?.[1];
  const first = all.find((s) => s.name === sample.meta.given?.[0]);
  return fromBody ?? (fromPath && decodeURIComponent(fromPath)) ?? (first && tradeOf(first, all));
}

/** The state the sample was recorded in: each given sample's own state and request, then the payer. */
async function bringAbout(legacy: LegacyServer, sample: Sample, all: Sample[]): Promise<void> {
  for (const name of sample.meta.given ?? []) {
    const first = all.find((s) => s.name === name);
    if (!first) throw new Error(`${sample.dir}: given ${name} is not a sample of ${sample.system}`);
    await bringAbout(legacy, first, all);
    const request = parseRequestText(first.request);
    await sendSigned(legacy, request.method, targetOf(request), bodyOf(request));
  }
  const trade = tradeOf(sample, all);
  if (sample.meta.buyer === 'pay' && trade) legacy.payments.pay('wechat', trade);
}

const beijingToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * An answer's shape: JSON as jsonShape has it; no body (204); the bill file as its header lines, each data
 * line reduced to its number of fields.
 */
export function bodyShape(text: string): string[] {
  if (text === '') return ['(no body)'];
  if (!text.startsWith('\uFEFF')) return jsonShape(text);
  return text
    .slice(1)
    .split('\r\n')
    .map((line) => (line.startsWith('`') ? `(${line.split(',`').length} fields)` : line));
}

/** The recorded request sent again to the stand-in in the state it was recorded in; its status and shape beside the recording's. */
export async function replayWechatPay(legacy: LegacyServer, sample: Sample, all: Sample[]) {
  await bringAbout(legacy, sample, all);
  const request = parseRequestText(sample.request);
  const params = { ...request.params };
  // The recording's day had its trades; here they were made today.
  if (sample.meta.fresh === 'bill_date') params.bill_date = beijingToday();
  if (sample.meta.fresh === 'token') {
    const bill = await sendSigned(legacy, 'GET', `/wechat/v3/bill/tradebill?${new URLSearchParams({ bill_date: beijingToday(), bill_type: 'ALL' })}`, '');
    params.token = new URL((JSON.parse(bill.text) as { download_url: string }).download_url).searchParams.get('token') ?? '';
  }
  if (sample.meta.faults) legacy.setFaults({ system: 'wechat', ...sample.meta.faults });
  const answer = await sendSigned(legacy, request.method, targetOf({ ...request, params }), bodyOf(request));
  return { status: answer.status, shape: bodyShape(answer.text), recorded: bodyShape(sample.response.replace(/\n$/, '')) };
}
