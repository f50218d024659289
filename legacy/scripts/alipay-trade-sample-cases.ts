/**
 * The Alipay trade calls legacy-clients' SdkAlipayPayments makes, recorded like the other HTTP cases. They
 * share one trade, JT_SAMPLE_0001 (206.00 yuan, expiring in 2099): a case brings the stand-in into its state
 * with `given` (cases sent first, unrecorded, each after its own `given`) and `buyer` (then the payer pays at
 * the cashier or opens it and leaves); the drift check does the same before replaying. biz_content is written
 * with the client's key order, so the sample test can compare it as sent.
 */
import type { LegacyServer } from '../src/index.js';
import { commonParams, signAlipayRequest } from '../src/systems/alipay/test-client.js';
import type { HttpRequestSample, HttpSampleCase } from './http-sample-cases.js';
import { RECORDED_AT } from './recording-clock.js';

export const SAMPLE_TRADE = 'JT_SAMPLE_0001';
const NOTIFY_URL = 'https://jingtong.invalid/payment/notify/alipay';

type Biz = Record<string, string>;

const request = (method: string, biz: Biz, extra: Record<string, string> = {}): HttpRequestSample => ({
  method: 'POST',
  path: '/alipay/gateway.do',
  form: signAlipayRequest(commonParams(method, { ...extra, biz_content: JSON.stringify(biz) }, RECORDED_AT)),
});

const order = (total: string): Biz => ({ out_trade_no: SAMPLE_TRADE, total_amount: total, subject: '交通违法罚款', product_code: 'FACE_TO_FACE_PAYMENT', time_expire: '2099-12-31 12:00:00' });

interface TradeCase {
  operation: string;
  case: string;
  description: string;
  request: () => HttpRequestSample;
  given?: string[];
  buyer?: 'pay' | 'cancel';
  errorRate?: number;
}

const precreate = 'alipay.trade.precreate';
const query = 'alipay.trade.query';
const close = 'alipay.trade.close';
const refund = 'alipay.trade.refund';
const refundQuery = 'alipay.trade.fastpay.refund.query';
const bill = 'alipay.data.dataservice.bill.downloadurl.query';
const byTrade: Biz = { out_trade_no: SAMPLE_TRADE };
const refundR1 = () => request(refund, { out_trade_no: SAMPLE_TRADE, refund_amount: '50.00', out_request_no: 'JT_SAMPLE_R1', refund_reason: '重复缴款' });

const TRADE_CASES: TradeCase[] = [
  { operation: precreate, case: 'ok', description: 'a QR trade of 206.00 yuan: qr_code is the cashier URL', request: () => request(precreate, order('206.00'), { notify_url: NOTIFY_URL }) },
  { operation: precreate, case: 'amount-mismatch', description: 'the same out_trade_no again with another amount: ACQ.CONTEXT_INCONSISTENT', request: () => request(precreate, order('206.01'), { notify_url: NOTIFY_URL }), given: [`${precreate}__ok`] },
  { operation: query, case: 'ok', description: 'the trade paid: TRADE_SUCCESS, send_pay_date, buyer', request: () => request(query, byTrade), given: [`${precreate}__ok`], buyer: 'pay' },
  { operation: query, case: 'wait-buyer-pay', description: 'the cashier opened, not paid: WAIT_BUYER_PAY', request: () => request(query, byTrade), given: [`${precreate}__ok`], buyer: 'cancel' },
  { operation: query, case: 'not-exist', description: 'no such trade (or a QR code nobody scanned): ACQ.TRADE_NOT_EXIST', request: () => request(query, byTrade) },
  { operation: query, case: 'internal-error', description: 'errorRate 1: 20000 isp.unknow-error (系统繁忙) in the method response', request: () => request(query, byTrade), errorRate: 1 },
  { operation: close, case: 'ok', description: 'an opened unpaid trade closed', request: () => request(close, byTrade), given: [`${precreate}__ok`], buyer: 'cancel' },
  { operation: close, case: 'not-exist', description: 'nothing to close: ACQ.TRADE_NOT_EXIST', request: () => request(close, byTrade) },
  { operation: close, case: 'paid', description: 'a paid trade cannot be closed: ACQ.TRADE_STATUS_ERROR', request: () => request(close, byTrade), given: [`${precreate}__ok`], buyer: 'pay' },
  { operation: refund, case: 'ok', description: 'a partial refund of 50.00: fund_change Y, refund_fee 50.00', request: refundR1, given: [`${precreate}__ok`], buyer: 'pay' },
  {
    operation: refund,
    case: 'exceeds-paid',
    description: 'more than was paid: ACQ.REFUND_AMT_NOT_EQUAL_TOTAL',
    request: () => request(refund, { out_trade_no: SAMPLE_TRADE, refund_amount: '206.01', out_request_no: 'JT_SAMPLE_R2', refund_reason: '重复缴款' }),
    given: [`${precreate}__ok`],
    buyer: 'pay',
  },
  { operation: refundQuery, case: 'ok', description: 'the refund of 50.00: REFUND_SUCCESS', request: () => request(refundQuery, { out_trade_no: SAMPLE_TRADE, out_request_no: 'JT_SAMPLE_R1' }), given: [`${refund}__ok`] },
  { operation: refundQuery, case: 'not-found', description: 'no refund with that number: an answer without refund_amount', request: () => request(refundQuery, { out_trade_no: SAMPLE_TRADE, out_request_no: 'JT_SAMPLE_R9' }), given: [`${precreate}__ok`], buyer: 'pay' },
  { operation: bill, case: 'ok', description: "the day before the recording's day: bill_download_url", request: () => request(bill, { bill_type: 'trade', bill_date: '2026-10-31' }) },
  { operation: bill, case: 'not-exist', description: 'a day to come: isp.bill_not_exist', request: () => request(bill, { bill_type: 'trade', bill_date: '2099-01-01' }) },
];

const folderOf = (c: { operation: string; case: string }) => `${c.operation}__${c.case}`;

/** The stand-in state a case was recorded in: each given case's state and request, then the buyer. */
async function bringAbout(legacy: LegacyServer, sample: TradeCase): Promise<void> {
  for (const folder of sample.given ?? []) {
    const first = TRADE_CASES.find((c) => folderOf(c) === folder);
    if (!first) throw new Error(`${folderOf(sample)}: given ${folder} is not an Alipay trade case`);
    await bringAbout(legacy, first);
    const { path, form } = first.request();
    await fetch(`${legacy.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' }, body: new URLSearchParams(form) });
  }
  if (sample.buyer) legacy.alipay[sample.buyer](SAMPLE_TRADE);
}

export function alipayTradeSampleCases(): HttpSampleCase[] {
  return TRADE_CASES.map((sample) => ({
    system: 'alipay',
    operation: sample.operation,
    case: sample.case,
    description: sample.description,
    prepare: async (legacy) => {
      await bringAbout(legacy, sample);
      return sample.request();
    },
    ...(sample.errorRate ? { errorRate: sample.errorRate } : {}),
    ...(sample.given ? { given: sample.given } : {}),
    ...(sample.buyer ? { buyer: sample.buyer } : {}),
  }));
}
