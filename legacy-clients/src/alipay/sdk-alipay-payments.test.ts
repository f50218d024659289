/**
 * SdkAlipayPayments beyond the samples: against the Alipay stand-in in process (wap pay URL, notifications
 * from a real notify_url, the bill file, refunds in a row), and answers tampered with on the way.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ALIPAY_DEV_KEYS, startLegacy, type LegacyServer } from '@jingtong/legacy';
import { startHttpReplayServer, type HttpAnswer } from '../testing/http-replay-server.js';
import { loadSamples } from '../testing/sample-files.js';
import type { AlipayOrder } from './alipay-payments.js';
import { AlipayTradeRefused } from './alipay-trade-refused.js';
import { SdkAlipayPayments } from './sdk-alipay-payments.js';

const key = (path: string) => readFileSync(path, 'utf8');
const config = (gatewayUrl: string, appId: string = ALIPAY_DEV_KEYS.appId) => ({
  gatewayUrl,
  appId,
  appPrivateKeyPem: key(ALIPAY_DEV_KEYS.appPrivateKeyPath),
  alipayPublicKeyPem: key(ALIPAY_DEV_KEYS.alipayPublicKeyPath),
  timeoutMs: 2000,
});

let legacy: LegacyServer;
let payments: SdkAlipayPayments;
let notify: { url: string; forms: Array<Record<string, string>>; close(): Promise<void> };

/** notify_url: keeps every form and answers `success`. */
async function notifyServer() {
  const forms: Array<Record<string, string>> = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      forms.push(Object.fromEntries(new URLSearchParams(body)));
      response.end('success');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`,
    forms,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

beforeAll(async () => {
  legacy = await startLegacy({ host: '127.0.0.1', port: 0, persons: 500, vehicles: 1000 });
  payments = new SdkAlipayPayments(config(`${legacy.url}/alipay/gateway.do`));
  notify = await notifyServer();
}, 60_000);

afterEach(async () => {
  await legacy.payments.settled();
  legacy.reset();
  notify.forms.length = 0;
});

afterAll(async () => {
  await notify?.close();
  await legacy?.close();
});

let serial = 0;
const order = (amountFen = 20600): AlipayOrder => ({
  outTradeNo: `PAY${Date.now()}${++serial}`,
  amountFen,
  subject: '交通违法罚款',
  expiresAt: new Date(Date.now() + 15 * 60_000),
  notifyUrl: notify.url,
  returnUrl: 'https://jingtong.example/h5/pay/result',
});

describe('SdkAlipayPayments against the stand-in', () => {
  it('builds a wap pay URL the gateway accepts: the payer lands on the cashier showing the amount', async () => {
    const url = payments.wapPayUrl({ ...order(1990), quitUrl: 'https://jingtong.example/h5/pay/cancelled' });
    expect(url.startsWith(`${legacy.url}/alipay/gateway.do?`)).toBe(true);
    const redirected = await fetch(url, { redirect: 'manual' });
    expect(redirected.status).toBe(302);
    const page = await (await fetch(redirected.headers.get('location')!)).text();
    expect(page).toContain('¥19.90');
  });

  it('follows a QR trade from NOT_FOUND (not scanned) to paid, and reads its notification', async () => {
    const trade = order();
    const { qrCode } = await payments.precreate(trade);
    expect(qrCode).toMatch(/\/alipay\/cashier\/bax/);
    expect(await payments.query(trade.outTradeNo)).toEqual({ status: 'NOT_FOUND' });
    const paid = legacy.payments.pay('alipay', trade.outTradeNo);
    const status = await payments.query(trade.outTradeNo);
    expect(status).toEqual({ status: 'TRADE_SUCCESS', tradeNo: paid.tradeNo, amountFen: 20600, paidAt: expect.any(Date) });
    expect(Math.abs(status.paidAt!.getTime() - Date.now())).toBeLessThan(5_000);

    await legacy.payments.settled();
    const [form] = notify.forms;
    expect(payments.verifyNotification(form)).toEqual({
      outTradeNo: trade.outTradeNo,
      tradeNo: paid.tradeNo,
      status: 'TRADE_SUCCESS',
      amountFen: 20600,
      paidAt: status.paidAt,
      appId: ALIPAY_DEV_KEYS.appId,
      notifyId: form.notify_id,
    });
  });

  it('refuses a notification that was changed, forged or meant for another app', async () => {
    const trade = order(100);
    await payments.precreate(trade);
    legacy.payments.pay('alipay', trade.outTradeNo);
    await legacy.payments.settled();
    const [form] = notify.forms;
    expect(payments.verifyNotification(form)).toBeDefined();
    expect(payments.verifyNotification({ ...form, total_amount: '0.01' })).toBeUndefined();
    expect(payments.verifyNotification({ ...form, sign: 'not base64 at all' })).toBeUndefined();
    expect(payments.verifyNotification({ ...form, sign: '' })).toBeUndefined();
    // Signed by Alipay, but for another merchant app: not ours to trust.
    expect(new SdkAlipayPayments(config(`${legacy.url}/alipay/gateway.do`, '2021000000000002')).verifyNotification(form)).toBeUndefined();
  });

  it('refunds in parts with the cumulative amount, reads refund notifications and refuses more than was paid', async () => {
    const trade = order(10_000);
    await payments.precreate(trade);
    legacy.payments.pay('alipay', trade.outTradeNo);
    const refund = (outRequestNo: string, amountFen: number) => payments.refund({ outTradeNo: trade.outTradeNo, outRequestNo, amountFen, reason: '重复缴款' });
    expect(await refund('R1', 3_000)).toEqual({ refundedFen: 3_000, fundChange: true });
    expect(await refund('R1', 3_000)).toEqual({ refundedFen: 3_000, fundChange: false });
    await expect(refund('R2', 7_001)).rejects.toMatchObject({ name: 'AlipayTradeRefused', subCode: 'ACQ.REFUND_AMT_NOT_EQUAL_TOTAL' });
    expect(await refund('R2', 7_000)).toEqual({ refundedFen: 10_000, fundChange: true });
    expect((await payments.query(trade.outTradeNo)).status).toBe('TRADE_CLOSED');
    expect(await payments.queryRefund(trade.outTradeNo, 'R1')).toEqual({ status: 'REFUND_SUCCESS', amountFen: 3_000, refundedAt: expect.any(Date) });
    expect(await payments.queryRefund(trade.outTradeNo, 'R9')).toEqual({ status: 'NOT_FOUND' });

    await legacy.payments.settled();
    const notes = notify.forms.map((form) => payments.verifyNotification(form));
    expect(notes.map((n) => [n?.status, n?.outBizNo, n?.refundedFen])).toEqual([
      ['TRADE_SUCCESS', undefined, undefined],
      ['TRADE_SUCCESS', 'R1', 3_000],
      ['TRADE_CLOSED', 'R2', 10_000],
    ]);
    expect(notes[1]?.refundedAt).toBeInstanceOf(Date);
  });

  it('closes: NOT_FOUND before the QR code is scanned, CLOSED after; a paid trade is refused', async () => {
    const open = order();
    await payments.precreate(open);
    expect(await payments.close(open.outTradeNo)).toBe('NOT_FOUND');
    legacy.alipay.cancel(open.outTradeNo);
    expect(await payments.close(open.outTradeNo)).toBe('CLOSED');
    expect((await payments.query(open.outTradeNo)).status).toBe('TRADE_CLOSED');

    const paid = order();
    await payments.precreate(paid);
    legacy.payments.pay('alipay', paid.outTradeNo);
    const refused = await payments.close(paid.outTradeNo).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AlipayTradeRefused);
    expect(refused).toMatchObject({ subCode: 'ACQ.TRADE_STATUS_ERROR', operation: 'alipay.trade.close', platformMessage: '交易状态不合法' });
  });

  it("downloads the day's bill as CSV, and an empty string for a day without one", async () => {
    const trade = order(4_350);
    await payments.precreate(trade);
    const { tradeNo } = legacy.payments.pay('alipay', trade.outTradeNo);
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const csv = await payments.billCsv(today);
    expect(csv).toContain('支付宝交易号,商户订单号,业务类型');
    expect(csv).toContain(`${tradeNo},${trade.outTradeNo},交易,交通违法罚款`);
    expect(csv).toContain(',43.50,43.50,');
    expect(await payments.billCsv('2099-01-01')).toBe('');
  });

  it("reads the day's bill into its payments and refunds, in fen", async () => {
    const trade = order(4_350);
    await payments.precreate(trade);
    const { tradeNo } = legacy.payments.pay('alipay', trade.outTradeNo);
    await payments.refund({ outTradeNo: trade.outTradeNo, outRequestNo: 'RB1', amountFen: 1_005, reason: '多缴' });
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const lines = await payments.billLines(today);
    expect(lines).toEqual([
      { kind: 'PAYMENT', outTradeNo: trade.outTradeNo, channelRef: tradeNo, amountFen: 4_350, at: expect.any(Date) },
      { kind: 'REFUND', outTradeNo: trade.outTradeNo, channelRef: 'RB1', amountFen: 1_005, at: expect.any(Date) },
    ]);
    expect(Math.abs(lines[0].at.getTime() - Date.now())).toBeLessThan(5_000);
    expect(await payments.billLines('2099-01-01')).toEqual([]);
  });

  it('refuses a changed amount for the same order number, and fails as LEGACY_* when the platform does', async () => {
    const trade = order();
    await payments.precreate(trade);
    await expect(payments.precreate({ ...trade, amountFen: 20_601 })).rejects.toMatchObject({ subCode: 'ACQ.CONTEXT_INCONSISTENT' });
    legacy.setFaults({ system: 'alipay', errorRate: 1 });
    await expect(payments.query(trade.outTradeNo)).rejects.toMatchObject({ extensions: { code: 'LEGACY_FAULT' } });
    legacy.setFaults({ system: 'alipay', errorRate: 0, mode: 'down' });
    await expect(payments.query(trade.outTradeNo)).rejects.toMatchObject({ extensions: { code: 'LEGACY_UNAVAILABLE' } });
  });
});

describe('SdkAlipayPayments and answers tampered with on the way', () => {
  const samples = loadSamples('alipay', 'http');
  const answer = (name: string): HttpAnswer => {
    const sample = samples.find((s) => s.name === name)!;
    return { operation: sample.meta.operation, status: sample.meta.status, body: sample.response.replace(/\n$/, '') };
  };

  it('refuses a paid answer whose amount was changed: its signature no longer verifies', async () => {
    const paid = answer('alipay.trade.query__ok');
    const replay = await startHttpReplayServer([{ ...paid, body: paid.body.replaceAll('"206.00"', '"0.01"') }], (r) => r.params.method ?? '?');
    try {
      const client = new SdkAlipayPayments(config(`${replay.url}/alipay/gateway.do`));
      await expect(client.query('JT_SAMPLE_0001')).rejects.toMatchObject({ extensions: { code: 'LEGACY_UNAVAILABLE' } });
    } finally {
      await replay.close();
    }
  });

  it('sends the amount as Alipay yuan with two decimals and the expiry in Beijing time', async () => {
    const replay = await startHttpReplayServer([answer('alipay.trade.precreate__ok')], (r) => r.params.method ?? '?');
    try {
      const client = new SdkAlipayPayments(config(`${replay.url}/alipay/gateway.do`));
      await client.precreate({ ...order(1), expiresAt: new Date('2026-11-01T16:00:00.000Z') });
      const biz = JSON.parse(replay.received[0].params.biz_content);
      expect(biz).toMatchObject({ total_amount: '0.01', time_expire: '2026-11-02 00:00:00', product_code: 'FACE_TO_FACE_PAYMENT' });
    } finally {
      await replay.close();
    }
  });
});
