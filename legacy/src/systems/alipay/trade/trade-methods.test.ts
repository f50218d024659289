/** The trade methods driven by Alipay's own SDK as the merchant: create, query, close, refund, expiry, signatures. */
import { generateKeyPairSync } from 'node:crypto';
import { startLegacy, type LegacyServer } from '../../../index.js';
import { beijingIn, merchantSdk } from './testing/merchant.js';

let legacy: LegacyServer;
let skewMs = 0;
let sdk: ReturnType<typeof merchantSdk>;

beforeAll(async () => {
  legacy = await startLegacy({ port: 0, persons: 500, vehicles: 1000, now: () => Date.now() + skewMs });
  sdk = merchantSdk(legacy.url);
}, 30_000);

afterEach(() => {
  skewMs = 0;
  legacy.reset();
});
afterAll(() => legacy?.close());

let serial = 0;
const nextOrder = () => `JT${Date.now()}${++serial}`;
const exec = (method: string, bizContent: object, extra: object = {}) => sdk.exec(method, { bizContent, ...extra }, { validateSign: true });
const precreate = (outTradeNo: string, total = '206.00', more: object = {}) =>
  exec('alipay.trade.precreate', { out_trade_no: outTradeNo, total_amount: total, subject: '交通违法罚款', time_expire: beijingIn(900), ...more });
const query = (outTradeNo: string) => exec('alipay.trade.query', { out_trade_no: outTradeNo });
const refund = (outTradeNo: string, amount: string, outRequestNo: string) => exec('alipay.trade.refund', { out_trade_no: outTradeNo, refund_amount: amount, out_request_no: outRequestNo, refund_reason: '重复缴款' });

describe('alipay.trade.precreate', () => {
  it('answers a qr_code that is the cashier URL of the trade, signed (the SDK verified it)', async () => {
    const outTradeNo = nextOrder();
    const answer = await precreate(outTradeNo);
    expect(answer).toMatchObject({ code: '10000', msg: 'Success', out_trade_no: outTradeNo, qr_code: expect.stringMatching(new RegExp(`^${legacy.url}/alipay/cashier/bax[0-9a-f]{20}$`)) });
    expect(legacy.stats().alipay['alipay.trade.precreate']).toBe(1);
  });

  it('gives the same trade for the same out_trade_no and amount, and refuses another amount (ACQ.CONTEXT_INCONSISTENT)', async () => {
    const outTradeNo = nextOrder();
    const first = await precreate(outTradeNo);
    expect((await precreate(outTradeNo)).qr_code).toBe(first.qr_code);
    expect(await precreate(outTradeNo, '206.01')).toMatchObject({ code: '40004', msg: 'Business Failed', sub_code: 'ACQ.CONTEXT_INCONSISTENT' });
  });

  it('refuses to create again a trade that was paid (ACQ.TRADE_HAS_SUCCESS) or closed (ACQ.TRADE_HAS_CLOSE)', async () => {
    const paid = nextOrder();
    await precreate(paid);
    legacy.alipay.pay(paid);
    expect((await precreate(paid)).sub_code).toBe('ACQ.TRADE_HAS_SUCCESS');
    const closed = nextOrder();
    await precreate(closed);
    legacy.alipay.cancel(closed);
    await exec('alipay.trade.close', { out_trade_no: closed });
    expect((await precreate(closed)).sub_code).toBe('ACQ.TRADE_HAS_CLOSE');
  });

  it.each([
    [{ total_amount: '206.001' }, 'total_amount'],
    [{ total_amount: '0.00' }, 'total_amount'],
    [{ total_amount: 206 }, 'total_amount'],
    [{ out_trade_no: 'JT-2026-1' }, 'out_trade_no'],
    [{ subject: '' }, 'subject'],
    [{ subject: 'a=b' }, 'subject'],
    [{ time_expire: '2026-02-30 10:00:00' }, 'time_expire'],
    [{ time_expire: beijingIn(-60) }, 'time_expire'],
    [{ product_code: 'QUICK_WAP_WAY' }, 'product_code'],
  ])('refuses %j with ACQ.INVALID_PARAMETER naming %s', async (change, field) => {
    const answer = await exec('alipay.trade.precreate', { out_trade_no: nextOrder(), total_amount: '1.00', subject: '工本费', ...change });
    expect(answer).toMatchObject({ code: '40004', sub_code: 'ACQ.INVALID_PARAMETER', sub_msg: expect.stringContaining(field) });
  });

  it('refuses a request signed with another app key (isv.invalid-signature) and creates nothing', async () => {
    const stranger = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    const outTradeNo = nextOrder();
    const forged = await merchantSdk(legacy.url, stranger.privateKey).exec(
      'alipay.trade.precreate',
      { bizContent: { out_trade_no: outTradeNo, total_amount: '206.00', subject: '交通违法罚款' } },
      { validateSign: true },
    );
    expect(forged).toMatchObject({ code: '40002', sub_code: 'isv.invalid-signature' });
    expect(() => legacy.alipay.pay(outTradeNo)).toThrow(RangeError);
  });
});

describe('alipay.trade.query', () => {
  it('knows a pre-created trade only once the buyer opened its cashier, then follows it to paid', async () => {
    const outTradeNo = nextOrder();
    await precreate(outTradeNo);
    expect(await query(outTradeNo)).toMatchObject({ code: '40004', sub_code: 'ACQ.TRADE_NOT_EXIST' });

    legacy.alipay.cancel(outTradeNo);
    const waiting = await query(outTradeNo);
    expect(waiting).toMatchObject({ code: '10000', out_trade_no: outTradeNo, trade_status: 'WAIT_BUYER_PAY', total_amount: '206.00', receipt_amount: '0.00' });
    expect(waiting.trade_no).toMatch(/^\d{8}22001\d{15}$/);
    expect(waiting.send_pay_date).toBeUndefined();

    const paid = legacy.alipay.pay(outTradeNo);
    const answer = await query(outTradeNo);
    expect(answer).toMatchObject({
      trade_no: waiting.trade_no,
      trade_status: 'TRADE_SUCCESS',
      total_amount: '206.00',
      buyer_pay_amount: '206.00',
      receipt_amount: '206.00',
      buyer_user_id: paid.buyerId,
      buyer_logon_id: expect.stringMatching(/^1\d{2}\*{4}\d{4}$/),
      send_pay_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
      fund_bill_list: [{ fund_channel: 'ALIPAYACCOUNT', amount: '206.00' }],
    });
    expect(paid.tradeNo).toBe(waiting.trade_no);
    expect((await exec('alipay.trade.query', { trade_no: waiting.trade_no })).out_trade_no).toBe(outTradeNo);
  });

  it('needs out_trade_no or trade_no', async () => {
    expect((await exec('alipay.trade.query', {})).sub_code).toBe('ACQ.INVALID_PARAMETER');
  });
});

describe('alipay.trade.close', () => {
  it('closes an unpaid trade (again: still fine), which then cannot be paid', async () => {
    const outTradeNo = nextOrder();
    await precreate(outTradeNo);
    expect((await exec('alipay.trade.close', { out_trade_no: outTradeNo })).sub_code).toBe('ACQ.TRADE_NOT_EXIST');
    legacy.alipay.cancel(outTradeNo);
    expect(await exec('alipay.trade.close', { out_trade_no: outTradeNo })).toMatchObject({ code: '10000', out_trade_no: outTradeNo, trade_no: expect.any(String) });
    expect((await exec('alipay.trade.close', { out_trade_no: outTradeNo })).code).toBe('10000');
    expect((await query(outTradeNo)).trade_status).toBe('TRADE_CLOSED');
    expect(() => legacy.alipay.pay(outTradeNo)).toThrow(/ACQ.TRADE_HAS_CLOSE/);
  });

  it('refuses to close a paid trade (ACQ.TRADE_STATUS_ERROR)', async () => {
    const outTradeNo = nextOrder();
    await precreate(outTradeNo);
    legacy.alipay.pay(outTradeNo);
    expect((await exec('alipay.trade.close', { out_trade_no: outTradeNo })).sub_code).toBe('ACQ.TRADE_STATUS_ERROR');
    expect((await query(outTradeNo)).trade_status).toBe('TRADE_SUCCESS');
  });
});

describe('expiry', () => {
  it('closes an opened unpaid trade at time_expire, lazily on the next look', async () => {
    const outTradeNo = nextOrder();
    await precreate(outTradeNo, '10.00', { time_expire: beijingIn(60) });
    legacy.alipay.cancel(outTradeNo);
    expect((await query(outTradeNo)).trade_status).toBe('WAIT_BUYER_PAY');
    skewMs = 61_000;
    expect((await query(outTradeNo)).trade_status).toBe('TRADE_CLOSED');
    expect(() => legacy.alipay.pay(outTradeNo)).toThrow(RangeError);
  });

  it('leaves no trade behind for a QR code nobody scanned: the number can be pre-created again', async () => {
    const outTradeNo = nextOrder();
    const first = await precreate(outTradeNo, '10.00', { time_expire: beijingIn(60) });
    skewMs = 61_000;
    expect((await query(outTradeNo)).sub_code).toBe('ACQ.TRADE_NOT_EXIST');
    const again = await precreate(outTradeNo, '12.00', { time_expire: beijingIn(60, Date.now() + skewMs) });
    expect(again.code).toBe('10000');
    expect(again.qr_code).not.toBe(first.qr_code);
  });

  it('uses the product default without time_expire (precreate: 2 hours)', async () => {
    const outTradeNo = nextOrder();
    await exec('alipay.trade.precreate', { out_trade_no: outTradeNo, total_amount: '1.00', subject: '工本费' });
    legacy.alipay.cancel(outTradeNo);
    skewMs = 2 * 3_600_000 - 5_000;
    expect((await query(outTradeNo)).trade_status).toBe('WAIT_BUYER_PAY');
    skewMs = 2 * 3_600_000 + 5_000;
    expect((await query(outTradeNo)).trade_status).toBe('TRADE_CLOSED');
  });
});

describe('alipay.trade.refund + alipay.trade.fastpay.refund.query', () => {
  async function paidTrade(total = '206.00') {
    const outTradeNo = nextOrder();
    await precreate(outTradeNo, total);
    legacy.alipay.pay(outTradeNo);
    return outTradeNo;
  }

  it('refunds in parts, reports the cumulative refund_fee, never more than was paid, and closes a fully refunded trade', async () => {
    const outTradeNo = await paidTrade();
    expect(await refund(outTradeNo, '50.00', 'R1')).toMatchObject({ code: '10000', fund_change: 'Y', refund_fee: '50.00', send_back_fee: '50.00', out_trade_no: outTradeNo });
    expect(await refund(outTradeNo, '156.01', 'R2')).toMatchObject({ code: '40004', msg: 'Business Failed', sub_code: 'ACQ.REFUND_AMT_NOT_EQUAL_TOTAL' });
    expect((await query(outTradeNo)).trade_status).toBe('TRADE_SUCCESS');
    expect(await refund(outTradeNo, '156.00', 'R2')).toMatchObject({ code: '10000', fund_change: 'Y', refund_fee: '206.00' });
    expect((await query(outTradeNo)).trade_status).toBe('TRADE_CLOSED');
    expect((await refund(outTradeNo, '0.01', 'R3')).sub_code).toBe('ACQ.REFUND_AMT_NOT_EQUAL_TOTAL');
  });

  it('is idempotent per out_request_no: the same request again moves nothing (fund_change N); another amount is refused', async () => {
    const outTradeNo = await paidTrade('100.00');
    const first = await refund(outTradeNo, '30.00', 'R1');
    const again = await refund(outTradeNo, '30.00', 'R1');
    expect(again).toMatchObject({ code: '10000', fund_change: 'N', refund_fee: '30.00', gmt_refund_pay: first.gmt_refund_pay });
    expect((await refund(outTradeNo, '31.00', 'R1')).sub_code).toBe('ACQ.DISCORDANT_REPEAT_REQUEST');
    expect((await refund(outTradeNo, '10.00', 'R2')).refund_fee).toBe('40.00');
  });

  it('refuses to refund an unknown, unpaid or closed trade', async () => {
    expect((await refund(nextOrder(), '1.00', 'R1')).sub_code).toBe('ACQ.TRADE_NOT_EXIST');
    const unpaid = nextOrder();
    await precreate(unpaid);
    legacy.alipay.cancel(unpaid);
    expect((await refund(unpaid, '1.00', 'R1')).sub_code).toBe('ACQ.TRADE_STATUS_ERROR');
    await exec('alipay.trade.close', { out_trade_no: unpaid });
    expect((await refund(unpaid, '1.00', 'R1')).sub_code).toBe('ACQ.TRADE_HAS_CLOSE');
    expect((await refund(await paidTrade(), 'abc', 'R1')).sub_code).toBe('ACQ.INVALID_PARAMETER');
  });

  it('refuses refunds once the refund period is over (TRADE_FINISHED)', async () => {
    const outTradeNo = await paidTrade();
    expect(legacy.alipay.finish(outTradeNo)).toEqual({ outTradeNo, status: 'TRADE_FINISHED' });
    expect((await query(outTradeNo)).trade_status).toBe('TRADE_FINISHED');
    expect((await refund(outTradeNo, '1.00', 'R1')).sub_code).toBe('ACQ.TRADE_HAS_FINISHED');
    expect(() => legacy.alipay.finish(outTradeNo)).toThrow(RangeError);
  });

  it('answers a refund query with the refund, or with no refund for an unknown request number', async () => {
    const outTradeNo = await paidTrade();
    await refund(outTradeNo, '6.00', 'R1');
    const found = await exec('alipay.trade.fastpay.refund.query', { out_trade_no: outTradeNo, out_request_no: 'R1' });
    expect(found).toMatchObject({ code: '10000', out_trade_no: outTradeNo, out_request_no: 'R1', total_amount: '206.00', refund_amount: '6.00', refund_status: 'REFUND_SUCCESS' });
    const none = await exec('alipay.trade.fastpay.refund.query', { out_trade_no: outTradeNo, out_request_no: 'R9' });
    expect(none).toMatchObject({ code: '10000', out_request_no: 'R9' });
    expect(none.refund_amount).toBeUndefined();
    expect((await exec('alipay.trade.fastpay.refund.query', { out_trade_no: nextOrder(), out_request_no: 'R1' })).sub_code).toBe('ACQ.TRADE_NOT_EXIST');
  });
});

describe('faults and reset', () => {
  it('errorRate answers the trade methods with 系统繁忙 in their own response key, signed', async () => {
    legacy.setFaults({ system: 'alipay', errorRate: 1 });
    expect(await query(nextOrder())).toMatchObject({ code: '20000', sub_code: 'isp.unknow-error' });
  });

  it('reset() forgets every trade', async () => {
    const outTradeNo = nextOrder();
    await precreate(outTradeNo);
    legacy.alipay.pay(outTradeNo);
    legacy.reset();
    expect((await query(outTradeNo)).sub_code).toBe('ACQ.TRADE_NOT_EXIST');
  });
});
