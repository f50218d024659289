/** alipay.data.dataservice.bill.downloadurl.query and the bill behind its URL. */
import { startLegacy, type LegacyServer } from '../../../index.js';
import { beijingDateOf } from './beijing-time.js';
import { BILL_COLUMNS } from './bill-csv.js';
import { merchantSdk } from './testing/merchant.js';

let legacy: LegacyServer;
let sdk: ReturnType<typeof merchantSdk>;
let skewMs = 0;

beforeAll(async () => {
  legacy = await startLegacy({ port: 0, persons: 500, vehicles: 1000, now: () => Date.now() + skewMs });
  sdk = merchantSdk(legacy.url);
}, 30_000);

afterEach(() => {
  skewMs = 0;
  legacy.reset();
});
afterAll(() => legacy?.close());

const exec = (method: string, bizContent: object) => sdk.exec(method, { bizContent }, { validateSign: true });
const billUrl = (billDate: string, billType = 'trade') => exec('alipay.data.dataservice.bill.downloadurl.query', { bill_type: billType, bill_date: billDate });
const today = () => beijingDateOf(Date.now() + skewMs);

async function paid(outTradeNo: string, total: string, subject: string) {
  await exec('alipay.trade.precreate', { out_trade_no: outTradeNo, total_amount: total, subject });
  return legacy.alipay.pay(outTradeNo);
}

/** The CSV as a reconciliation job reads it: `#` lines aside, header, rows as objects. */
function parseBill(csv: string) {
  const lines = csv.split('\r\n').filter((line) => line !== '');
  const comments = lines.filter((line) => line.startsWith('#'));
  const [header, ...rows] = lines.filter((line) => !line.startsWith('#'));
  const columns = header.split(',');
  return { comments, columns, rows: rows.map((row) => Object.fromEntries(row.split(',').map((value, i) => [columns[i], value]))) };
}

describe('the trade bill', () => {
  it("lists the day's payments and refunds with the real bill's columns", async () => {
    const first = await paid('BILL1', '206.00', '交通违法罚款');
    const second = await paid('BILL2', '10.00', '工本费');
    await exec('alipay.trade.precreate', { out_trade_no: 'BILL3', total_amount: '5.00', subject: '未付款' });
    await exec('alipay.trade.refund', { out_trade_no: 'BILL1', refund_amount: '6.00', out_request_no: 'RF1', refund_reason: '多缴' });

    const answer = await billUrl(today());
    expect(answer).toMatchObject({ code: '10000', bill_download_url: expect.stringMatching(new RegExp(`^${legacy.url}/alipay/bills/[0-9a-f]{32}$`)) });
    const response = await fetch(answer.bill_download_url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const bill = parseBill(await response.text());

    expect(bill.columns).toEqual([...BILL_COLUMNS]);
    expect(bill.columns.slice(0, 6)).toEqual(['支付宝交易号', '商户订单号', '业务类型', '商品名称', '创建时间', '完成时间']);
    expect(bill.rows.map((r) => [r.支付宝交易号, r.商户订单号, r.业务类型, r.商品名称, r['订单金额（元）'], r['商家实收（元）'], r['退款批次号/请求号']])).toEqual([
      [first.tradeNo, 'BILL1', '交易', '交通违法罚款', '206.00', '206.00', ''],
      [second.tradeNo, 'BILL2', '交易', '工本费', '10.00', '10.00', ''],
      [first.tradeNo, 'BILL1', '退款', '交通违法罚款', '206.00', '-6.00', 'RF1'],
    ]);
    expect(bill.rows[2].备注).toBe('多缴');
    expect(bill.comments).toContain('#交易合计：2笔，商家实收共：216.00元，商家优惠共：0.00元');
    expect(bill.comments).toContain('#退款合计：1笔，商家实收退款共：-6.00元，商家优惠退款共：0.00元');
    expect(bill.comments[0]).toBe('#支付宝业务明细查询');
  });

  it('quotes a subject holding a comma', async () => {
    await paid('BILL4', '1.00', '罚款，滞纳金');
    await paid('BILL5', '1.00', 'fine, late fee');
    const csv = await (await fetch((await billUrl(today())).bill_download_url)).text();
    expect(csv).toContain(',罚款，滞纳金,');
    expect(csv).toContain(',"fine, late fee",');
  });

  it('has an empty bill for a day without trades, a monthly one, and none for a day to come', async () => {
    await paid('BILL6', '3.00', '工本费');
    const yesterday = parseBill(await (await fetch((await billUrl(beijingDateOf(Date.now() - 86_400_000))).bill_download_url)).text());
    expect(yesterday.rows).toEqual([]);
    const month = parseBill(await (await fetch((await billUrl(today().slice(0, 7))).bill_download_url)).text());
    expect(month.rows.map((r) => r.商户订单号)).toEqual(['BILL6']);
    expect(await billUrl(beijingDateOf(Date.now() + 86_400_000))).toMatchObject({ code: '40004', msg: 'Business Failed', sub_code: 'isp.bill_not_exist' });
  });

  it('refuses other bill types and malformed dates', async () => {
    expect((await billUrl(today(), 'signcustomer')).sub_code).toBe('isv.invalid-arguments');
    expect((await billUrl('2026-13-01')).sub_code).toBe('isv.invalid-arguments');
    expect((await billUrl('2026-02-30')).sub_code).toBe('isv.invalid-arguments');
    expect((await billUrl('20261101')).sub_code).toBe('isv.invalid-arguments');
  });

  it('serves a link for 30 seconds only', async () => {
    const { bill_download_url } = await billUrl(today());
    skewMs = 31_000;
    const expired = await fetch(bill_download_url);
    expect(expired.status).toBe(404);
    expect(await expired.text()).toContain('已过期');
  });
});
