import { WechatPayRefused } from '@jingtong/legacy-clients/wechat';
import { Formatter } from 'wechatpay-axios-plugin';
import { WECHAT_DEV_APP, WECHATPAY_DEV_KEYS, type LegacyServer } from '../../../index.js';
import { beijingDate } from './beijing-time.js';
import { merchantClient, order, startMerchant, startPayStandIn, type WechatInstance } from './pay-test-kit.js';
import { BILL_COLUMNS } from './trade-bill.js';
import { callV3 } from './test-merchant.js';

let legacy: LegacyServer;
let instance: WechatInstance;
let merchant: Awaited<ReturnType<typeof startMerchant>>;

beforeAll(async () => {
  ({ legacy, instance } = await startPayStandIn());
  merchant = await startMerchant();
}, 30_000);

afterEach(async () => {
  await instance.notifications.settled();
  legacy.reset();
});

afterAll(async () => {
  await merchant?.close();
  await legacy?.close();
});

const client = () => merchantClient(legacy);
const refusal = (call: Promise<unknown>) => call.then(() => undefined, (error: unknown) => (error instanceof WechatPayRefused ? error.code : error));
const settle = () => new Promise((resolve) => setImmediate(resolve));

async function paid(outTradeNo: string, amountFen: number) {
  await client().h5Order(order(outTradeNo, merchant.notifyUrl, amountFen));
  return instance.pay(outTradeNo);
}

const refund = (outTradeNo: string, outRefundNo: string, amountFen: number, totalFen = 20_000) =>
  client().refund({ outTradeNo, outRefundNo, amountFen, totalFen, reason: '重复缴纳', notifyUrl: merchant.notifyUrl });

describe('refunds', () => {
  it('partial refunds up to the paid total, then NOT_ENOUGH; the trade reads REFUND', async () => {
    await paid('JTRF000001', 20_000);
    expect(await refund('JTRF000001', 'R1', 5_000)).toMatchObject({ status: 'PROCESSING', refundedFen: 5_000 });
    expect(await refund('JTRF000001', 'R2', 14_000)).toMatchObject({ refundedFen: 14_000 });
    const over = await callV3(legacy.url, 'POST', '/wechat/v3/refund/domestic/refunds', {
      out_trade_no: 'JTRF000001',
      out_refund_no: 'R3',
      amount: { refund: 1_001, total: 20_000, currency: 'CNY' },
    });
    expect({ status: over.status, body: over.json, signed: over.signatureValid }).toEqual({ status: 403, body: { code: 'NOT_ENOUGH', message: '订单可退金额不足' }, signed: true });
    expect(await refund('JTRF000001', 'R3', 1_000)).toMatchObject({ refundedFen: 1_000 });
    expect(await refusal(refund('JTRF000001', 'R4', 1))).toBe('NOT_ENOUGH');
    expect((await client().query('JTRF000001')).status).toBe('REFUND');
  });

  it('the same out_refund_no is the same refund (answered as it stands); with another amount INVALID_REQUEST', async () => {
    await paid('JTRF000002', 20_000);
    const first = await refund('JTRF000002', 'R5', 8_000);
    await settle();
    expect(await refund('JTRF000002', 'R5', 8_000)).toEqual({ ...first, status: 'SUCCESS' });
    expect(await refusal(refund('JTRF000002', 'R5', 7_000))).toBe('INVALID_REQUEST');
    // Still only 8,000 taken: 12,000 are left.
    expect(await refusal(refund('JTRF000002', 'R6', 12_001))).toBe('NOT_ENOUGH');
    expect(await refund('JTRF000002', 'R6', 12_000)).toMatchObject({ refundedFen: 12_000 });
  });

  it('queries a refund: PROCESSING, then SUCCESS with success_time; unknown is NOT_FOUND', async () => {
    await paid('JTRF000003', 20_000);
    await refund('JTRF000003', 'R7', 500);
    await settle();
    expect(await client().queryRefund('R7')).toMatchObject({ status: 'SUCCESS', refundedFen: 500 });
    const answer = await callV3(legacy.url, 'GET', '/wechat/v3/refund/domestic/refunds/R7');
    expect(answer.json).toMatchObject({
      out_refund_no: 'R7',
      out_trade_no: 'JTRF000003',
      status: 'SUCCESS',
      success_time: expect.stringMatching(/\+08:00$/),
      amount: { total: 20_000, refund: 500, payer_total: 20_000, payer_refund: 500, currency: 'CNY' },
    });
    expect(await client().queryRefund('R-NONE')).toEqual({ status: 'NOT_FOUND', refundedFen: 0 });
  });

  it('refuses a refund of an unpaid or unknown trade, with a wrong total, or above the total', async () => {
    await client().h5Order(order('JTRF000004', merchant.notifyUrl, 20_000));
    expect(await refusal(refund('JTRF000004', 'R8', 100))).toBe('INVALID_REQUEST');
    expect(await refusal(refund('JTNONE0003', 'R9', 100))).toBe('RESOURCE_NOT_EXISTS');
    await paid('JTRF000005', 20_000);
    expect(await refusal(refund('JTRF000005', 'R10', 100, 19_999))).toBe('INVALID_REQUEST');
    expect(await refusal(refund('JTRF000005', 'R11', 20_001, 20_000))).toBe('PARAM_ERROR');
  });
});

describe('the trade bill', () => {
  it("serves the day's payments and refunds as the platform's CSV, hash checked by the client", async () => {
    const first = await paid('JTBL000001', 20_000);
    const second = await paid('JTBL000002', 650);
    await refund('JTBL000001', 'RB1', 5_000);
    await settle();
    await client().h5Order(order('JTBL000003', merchant.notifyUrl, 999)); // unpaid: not on the bill

    const { paidAt } = await client().query('JTBL000001');
    const csv = await client().billCsv(beijingDate(paidAt!.getTime()));
    expect(csv.startsWith('\uFEFF交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // The SDK's own reader of the platform's bill files.
    const { rows, summary } = Formatter.castCsvBill(Buffer.from(csv, 'utf8')) as { rows: Array<Record<string, string>>; summary: Record<string, string> };
    expect(rows).toHaveLength(3);
    const byState = (state: string) => rows.filter((row) => row.交易状态 === state);
    expect(byState('SUCCESS').map((row) => [row.商户订单号, row.微信订单号, row.应结订单金额, row.订单金额]).sort()).toEqual(
      [
        ['JTBL000001', first.transactionId, '200.00', '200.00'],
        ['JTBL000002', second.transactionId, '6.50', '6.50'],
      ].sort(),
    );
    expect(byState('REFUND')).toEqual([
      expect.objectContaining({ 商户订单号: 'JTBL000001', 商户退款单号: 'RB1', 退款金额: '50.00', 申请退款金额: '50.00', 应结订单金额: '0.00', 退款状态: 'SUCCESS', 退款类型: 'ORIGINAL' }),
    ]);
    expect(rows.every((row) => row.公众账号ID === WECHAT_DEV_APP.appId && row.商户号 === WECHATPAY_DEV_KEYS.mchid && row.商品名称 === '交通违法罚款')).toBe(true);
    expect(Object.keys(rows[0])).toEqual([...BILL_COLUMNS]);
    expect(summary).toMatchObject({ 总交易单数: '3', 应结订单总金额: '206.50', 退款总金额: '50.00', 订单总金额: '206.50', 申请退款总金额: '50.00' });
    // Every field is backtick-prefixed.
    expect(csv.split('\r\n')[1]).toMatch(/^`\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},`wx/);
  });

  it("answers '' for a day with no trade (NO_STATEMENT_EXIST), refuses a malformed or future date", async () => {
    expect(await client().billCsv('2026-01-01')).toBe('');
    const none = await callV3(legacy.url, 'GET', '/wechat/v3/bill/tradebill?bill_date=2026-01-01&bill_type=ALL');
    expect({ status: none.status, code: none.json.code }).toEqual({ status: 400, code: 'NO_STATEMENT_EXIST' });
    expect(await refusal(client().billCsv('2026-02-30'))).toBe('PARAM_ERROR');
    expect(await refusal(client().billCsv('2999-01-01'))).toBe('PARAM_ERROR');
  });

  it('the download needs a signed request and a live token', async () => {
    await paid('JTBL000004', 100);
    const bill = await callV3(legacy.url, 'GET', `/wechat/v3/bill/tradebill?bill_date=${beijingDate(Date.now())}&bill_type=ALL`);
    expect(bill.json).toEqual({ hash_type: 'SHA1', hash_value: expect.stringMatching(/^[0-9a-f]{40}$/), download_url: expect.stringContaining('/wechat/v3/billdownload/file?token=') });
    const path = new URL(bill.json.download_url).pathname + new URL(bill.json.download_url).search;
    expect((await fetch(bill.json.download_url)).status).toBe(401);
    const file = await callV3(legacy.url, 'GET', path);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(file.text).toContain('JTBL000004');
    expect((await callV3(legacy.url, 'GET', '/wechat/v3/billdownload/file?token=nope')).json.code).toBe('INVALID_REQUEST');
  });
});
