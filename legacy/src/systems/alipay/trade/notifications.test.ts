/**
 * trade_status_sync notifications to a real notify_url server, verified with alipay-sdk's
 * checkNotifySignV2 as a merchant does: content, retries until exactly `success`, refunds, and the
 * admin surface (replays in parallel and out of order, never / late modes).
 */
import { startLegacy, type LegacyServer } from '../../../index.js';
import { beijingIn, merchantSdk, startMerchant, type Merchant } from './testing/merchant.js';

let legacy: LegacyServer;
let merchant: Merchant;
let sdk: ReturnType<typeof merchantSdk>;

beforeAll(async () => {
  legacy = await startLegacy({ port: 0, persons: 500, vehicles: 1000, env: { LEGACY_ALIPAY_NOTIFY_RETRY_MS: '60,60,60' } });
  sdk = merchantSdk(legacy.url);
}, 30_000);

beforeEach(async () => {
  merchant = await startMerchant();
});

afterEach(async () => {
  await legacy.payments.settled();
  legacy.reset();
  await merchant.close();
});
afterAll(() => legacy?.close());

let serial = 0;
const nextOrder = () => `NT${Date.now()}${++serial}`;
const exec = (method: string, bizContent: object, extra: object = {}) => sdk.exec(method, { bizContent, ...extra }, { validateSign: true });
const precreate = (outTradeNo: string, total = '206.00') =>
  exec('alipay.trade.precreate', { out_trade_no: outTradeNo, total_amount: total, subject: '交通违法罚款', time_expire: beijingIn(900) }, { notifyUrl: merchant.notifyUrl });
const refund = (outTradeNo: string, amount: string, outRequestNo: string) => exec('alipay.trade.refund', { out_trade_no: outTradeNo, refund_amount: amount, out_request_no: outRequestNo });
const admin = (path: string, body: unknown) =>
  fetch(`${legacy.url}/__legacy/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the payment notification', () => {
  it('is POSTed form-encoded to notify_url with the real fields, signed so that checkNotifySignV2 accepts it', async () => {
    const outTradeNo = nextOrder();
    await precreate(outTradeNo);
    const paid = legacy.payments.pay('alipay', outTradeNo);
    const [form] = await merchant.waitFor(1);
    expect(sdk.checkNotifySignV2(form)).toBe(true);
    expect(form).toMatchObject({
      notify_type: 'trade_status_sync',
      notify_id: expect.stringMatching(/^[0-9a-f]{34}$/),
      notify_time: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
      app_id: '2021000000000001',
      charset: 'utf-8',
      version: '1.0',
      sign_type: 'RSA2',
      trade_no: paid.tradeNo,
      out_trade_no: outTradeNo,
      buyer_id: paid.buyerId,
      trade_status: 'TRADE_SUCCESS',
      total_amount: '206.00',
      receipt_amount: '206.00',
      subject: '交通违法罚款',
      gmt_create: expect.any(String),
      gmt_payment: expect.any(String),
    });
    expect(form.refund_fee).toBeUndefined();
    expect(Object.values(form)).not.toContain('');
  });

  it('fails the check once any field is changed on the way (e.g. the amount)', async () => {
    const outTradeNo = nextOrder();
    await precreate(outTradeNo, '1.00');
    legacy.alipay.pay(outTradeNo);
    const [form] = await merchant.waitFor(1);
    expect(sdk.checkNotifySignV2({ ...form, total_amount: '0.01' })).toBe(false);
    expect(sdk.checkNotifySignV2({ ...form, app_id: '2021000000000002' })).toBe(false);
  });

  it('is re-sent until the merchant answers exactly `success`, then never again', async () => {
    const outTradeNo = nextOrder();
    const answers = ['fail', 'SUCCESS', '{"result":"success"}'];
    merchant.answer = (_form, index) => (index < answers.length ? { body: answers[index] } : { body: 'success\n' });
    await precreate(outTradeNo);
    legacy.alipay.pay(outTradeNo);
    await legacy.payments.settled();
    expect(merchant.received).toHaveLength(4);
    expect(new Set(merchant.received.map((f) => f.notify_id)).size).toBe(1);
    expect(merchant.received.every((form) => sdk.checkNotifySignV2(form))).toBe(true);
    await sleep(250);
    expect(merchant.received).toHaveLength(4);
  });

  it('gives up after the retry schedule when the merchant never acknowledges (HTTP 500 counts as a refusal)', async () => {
    merchant.answer = () => ({ status: 500, body: 'success' });
    const outTradeNo = nextOrder();
    await precreate(outTradeNo);
    legacy.alipay.pay(outTradeNo);
    await legacy.payments.settled();
    // The first delivery and one re-send per entry of LEGACY_ALIPAY_NOTIFY_RETRY_MS.
    expect(merchant.received).toHaveLength(4);
  });

  it('is not sent for a trade created without notify_url', async () => {
    const outTradeNo = nextOrder();
    await exec('alipay.trade.precreate', { out_trade_no: outTradeNo, total_amount: '1.00', subject: '工本费' });
    legacy.alipay.pay(outTradeNo);
    await legacy.payments.settled();
    expect(merchant.received).toHaveLength(0);
  });
});

describe('refund notifications', () => {
  it('carry out_biz_no, the cumulative refund_fee and gmt_refund; a full refund says TRADE_CLOSED', async () => {
    const outTradeNo = nextOrder();
    await precreate(outTradeNo, '100.00');
    legacy.alipay.pay(outTradeNo);
    await refund(outTradeNo, '30.00', 'R1');
    await refund(outTradeNo, '30.00', 'R1');
    await refund(outTradeNo, '70.00', 'R2');
    const [payment, partial, full] = await merchant.waitFor(3);
    await legacy.payments.settled();
    expect(merchant.received).toHaveLength(3);
    for (const form of [payment, partial, full]) expect(sdk.checkNotifySignV2(form)).toBe(true);
    expect(payment.trade_status).toBe('TRADE_SUCCESS');
    expect(partial).toMatchObject({ trade_status: 'TRADE_SUCCESS', out_biz_no: 'R1', refund_fee: '30.00', gmt_refund: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}$/) });
    expect(partial.gmt_close).toBeUndefined();
    expect(full).toMatchObject({ trade_status: 'TRADE_CLOSED', out_biz_no: 'R2', refund_fee: '100.00', gmt_close: expect.any(String) });
  });

  it('a trade closed unpaid notifies TRADE_CLOSED without buyer or payment fields', async () => {
    const outTradeNo = nextOrder();
    await precreate(outTradeNo);
    legacy.alipay.cancel(outTradeNo);
    await exec('alipay.trade.close', { out_trade_no: outTradeNo });
    const [closed] = await merchant.waitFor(1);
    expect(sdk.checkNotifySignV2(closed)).toBe(true);
    expect(closed).toMatchObject({ trade_status: 'TRADE_CLOSED', out_trade_no: outTradeNo, gmt_close: expect.any(String) });
    expect(closed.buyer_id).toBeUndefined();
    expect(closed.gmt_payment).toBeUndefined();
  });
});

describe('replays and notify modes', () => {
  it('replays a trade N times in parallel, each copy signed, and answers what the merchant said', async () => {
    const outTradeNo = nextOrder();
    await precreate(outTradeNo);
    legacy.alipay.pay(outTradeNo);
    await legacy.payments.settled();
    const answers = await legacy.payments.replay('alipay', outTradeNo, { times: 20 });
    expect(answers).toHaveLength(20);
    expect(answers.every((a) => a.status === 200 && a.body === 'success')).toBe(true);
    expect(merchant.received).toHaveLength(21);
    expect(merchant.received.every((form) => sdk.checkNotifySignV2(form) && form.out_trade_no === outTradeNo)).toBe(true);
  });

  it('replays newest first when reversed: the refund before the payment', async () => {
    const outTradeNo = nextOrder();
    await precreate(outTradeNo, '10.00');
    legacy.alipay.pay(outTradeNo);
    await refund(outTradeNo, '1.00', 'R1');
    await legacy.payments.settled();
    merchant.received.length = 0;
    const { status, body } = await admin('payments/replay', { channel: 'alipay', outTradeNo, reversed: true });
    expect(status).toBe(200);
    expect(body.answers).toEqual([{ status: 200, body: 'success' }, { status: 200, body: 'success' }]);
    expect(merchant.received.map((f) => f.out_biz_no ?? 'payment')).toEqual(['R1', 'payment']);
  });

  it('never: records without sending until replayed; late: sends after lateMs', async () => {
    expect(await admin('payments/notify-mode', { channel: 'alipay', mode: 'never' })).toEqual({ status: 200, body: { channel: 'alipay', mode: 'never', lateMs: 0 } });
    const silent = nextOrder();
    await precreate(silent);
    legacy.alipay.pay(silent);
    await sleep(150);
    expect(merchant.received).toHaveLength(0);
    await legacy.payments.replay('alipay', silent);
    expect(merchant.received.map((f) => f.out_trade_no)).toEqual([silent]);

    legacy.payments.setNotifyMode('alipay', 'late', 300);
    const late = nextOrder();
    await precreate(late);
    const started = Date.now();
    legacy.alipay.pay(late);
    await sleep(100);
    expect(merchant.received).toHaveLength(1);
    await merchant.waitFor(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect(merchant.received[1].out_trade_no).toBe(late);
  });

  it('checks the admin bodies: unknown channel or mode is 400', async () => {
    expect((await admin('payments/replay', { channel: 'unionpay', outTradeNo: 'x' })).status).toBe(400);
    expect((await admin('payments/notify-mode', { channel: 'alipay', mode: 'twice' })).status).toBe(400);
    expect((await admin('payments/replay', { channel: 'alipay', outTradeNo: 'x', times: 0 })).status).toBe(400);
    expect(await admin('payments/replay', { channel: 'alipay', outTradeNo: 'nothing-recorded' })).toEqual({ status: 200, body: { answers: [] } });
  });

  it('reset() drops the recorded notifications and returns to normal mode', async () => {
    legacy.payments.setNotifyMode('alipay', 'never');
    const outTradeNo = nextOrder();
    await precreate(outTradeNo);
    legacy.alipay.pay(outTradeNo);
    legacy.reset();
    expect(await legacy.payments.replay('alipay', outTradeNo)).toEqual([]);
    const next = nextOrder();
    await precreate(next);
    legacy.alipay.pay(next);
    expect((await merchant.waitFor(1))[0].out_trade_no).toBe(next);
  });
});
