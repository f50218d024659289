import { sql } from '@jingtong/kit';
import { WECHAT_DEV_APP, WECHATPAY_DEV_KEYS } from '@jingtong/legacy';
import { startStack, type Stack } from '../kit/stack.js';
import type { StorageMode } from '../kit/storage.js';
import { claimsOf, eventually } from './citizens.support.js';
import { alipayNotification, wechatNotification } from './payments/channel-notifications.js';
import { MY_ORDERS, ORDER, PaymentDesk, START } from './payments/payment-desk.js';
import { fulfilment } from './payments/fulfilment.js';
import { refunds } from './payments/refunds.js';
import { wechatJsapi } from './payments/wechat-jsapi.js';

const PAY_FINE = `mutation($i: PayViolationFineInput!) { payViolationFine(input: $i) { payment { orderId fineFen lateFeeFen amountFen expiresAt order { id } } error { code message field } } }`;
const VIOLATIONS = `{ me { vehicles { plate violations { id status fineYuan decisionNumber decidedAt } } } }`;

type Violation = { id: string; status: string; fineYuan: number; decisionNumber: string | null; decidedAt: string | null };

/** Payments through the gateway as citizens make them, and through the channels' notifications as they arrive. */
export function describePayments(mode: StorageMode) {
  describe(`payment centre (${mode})`, () => {
    let stack: Stack;
    let desk: PaymentDesk;
    let demoToken: string;
    beforeAll(async () => {
      stack = await startStack({ mode, env: { PAYMENT_SETTLE_AFTER_MS: '300' } });
      desk = new PaymentDesk(stack, mode);
      demoToken = await stack.signIn(stack.legacy.seed.demoCitizen().idNumber);
    }, 120_000);

    afterAll(async () => {
      await stack?.close();
    });

    it('pays a fine through Alipay: the order at today’s amount, the cashier, the notification, and the platform told', async () => {
      const vehicles = (await stack.graphql(VIOLATIONS, {}, demoToken)).body.data.me.vehicles as Array<{ plate: string; violations: Violation[] }>;
      const [plate, fine] = vehicles.flatMap((v) => v.violations.filter((x) => x.status === 'PROCESSED' && x.decidedAt).map((x) => [v.plate, x] as const))[0];
      expect(fine.decisionNumber).toMatch(/^\d{16}$/);

      const asked = (await stack.graphql(PAY_FINE, { i: { plate, violationId: fine.id } }, demoToken)).body.data.payViolationFine;
      expect(asked.error).toBeNull();
      const { orderId, fineFen, lateFeeFen, amountFen } = asked.payment;
      expect([fineFen, amountFen]).toEqual([fine.fineYuan * 100, fine.fineYuan * 100 + lateFeeFen]);
      // Asked again the same day: the same order, not a second one.
      expect((await stack.graphql(PAY_FINE, { i: { plate, violationId: fine.id } }, demoToken)).body.data.payViolationFine.payment.orderId).toBe(orderId);

      // The payment centre has the order once traffic's outbox delivered it.
      await stack.drainJobs();
      const order = (await stack.graphql(ORDER, { id: orderId }, demoToken)).body.data.paymentOrder;
      expect(order).toMatchObject({ status: 'UNPAID', amountFen, businessKind: 'TRAFFIC_FINE', businessKindName: '交通违法罚款', payable: { subgraph: 'traffic', type: 'Violation', id: fine.id }, revenueItem: { code: '103050101', name: '公安罚没收入' } });
      expect(order.lines.reduce((sum: number, l: { amountFen: number }) => sum + l.amountFen, 0)).toBe(amountFen);
      expect(order.subject).toContain(fine.decisionNumber);

      const started = (await stack.graphql(START, { i: { orderId, channel: 'ALIPAY' } }, demoToken)).body.data.startPayment;
      expect(started.error).toBeNull();
      expect(started.pay.url).toContain(`${stack.legacy.url}/alipay/gateway.do`);
      expect(started.pay.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
      // Starting again reuses the trade: one out_trade_no for the order on this channel.
      expect((await stack.graphql(START, { i: { orderId, channel: 'ALIPAY' } }, demoToken)).body.data.startPayment.error).toBeNull();
      expect((await desk.db().selectFrom('payment_attempts').select('out_trade_no').where('order_id', '=', orderId).execute()).length).toBe(1);

      const before = stack.legacy.stats().traffic?.recordViolationPayment ?? 0;
      stack.legacy.payments.pay('alipay', await desk.outTradeNoOf(orderId, 'ALIPAY'));
      await stack.legacy.payments.settled();
      expect(await desk.status(orderId, demoToken)).toBe('PAID');
      expect((await desk.ledgerOf(orderId)).map((row) => [row.kind, row.amount_fen])).toEqual([['PAYMENT', amountFen]]);

      // Fulfilment: payment's outbox tells traffic, traffic tells the platform, and the fine reads as paid.
      await stack.drainJobs();
      expect((stack.legacy.stats().traffic?.recordViolationPayment ?? 0) - before).toBe(1);
      const after = (await stack.graphql(VIOLATIONS, {}, demoToken)).body.data.me.vehicles.flatMap((v: { violations: Violation[] }) => v.violations).find((v: Violation) => v.id === fine.id);
      expect(after.status).toBe('PAID');
      expect((await stack.graphql(PAY_FINE, { i: { plate, violationId: fine.id } }, demoToken)).body.data.payViolationFine.error.code).toBe('VIOLATION_ALREADY_PAID');
      expect((await stack.graphql(START, { i: { orderId, channel: 'WECHAT' } }, demoToken)).body.data.startPayment.error.code).toBe('ORDER_ALREADY_PAID');
    });

    it('charges the late fee from the 16th day after the decision: 3 % of the fine a day', async () => {
      const vehicles = (await stack.graphql(VIOLATIONS, {}, demoToken)).body.data.me.vehicles as Array<{ plate: string; violations: Violation[] }>;
      const [plate, fine] = vehicles.flatMap((v) => v.violations.filter((x) => x.status === 'PROCESSED' && x.decidedAt).map((x) => [v.plate, x] as const)).at(-1)!;
      const at = (daysAfter: number) => Date.parse(`${fine.decidedAt}T12:00:00+08:00`) + daysAfter * 86_400_000;
      const realNow = Date.now;
      const ask = async (daysAfter: number) => {
        Date.now = () => at(daysAfter);
        try {
          return (await stack.graphql(PAY_FINE, { i: { plate, violationId: fine.id } }, demoToken)).body.data.payViolationFine.payment;
        } finally {
          Date.now = realNow;
        }
      };
      const fineFen = fine.fineYuan * 100;
      expect((await ask(15)).lateFeeFen).toBe(0);
      const day16 = await ask(16);
      expect([day16.lateFeeFen, day16.amountFen]).toEqual([(fineFen * 3) / 100, fineFen + (fineFen * 3) / 100]);
      expect((await ask(60)).lateFeeFen).toBe(fineFen);
    });

    it('pays through WeChat Pay: the H5 cashier for the payer’s own address, the encrypted notification, paid once', async () => {
      const { token, orderId } = await desk.citizenWithOrder(1, 5_000);
      // As the web's proxy (a trusted peer) names the phone it serves.
      const started = (await stack.graphql(START, { i: { orderId, channel: 'WECHAT' } }, token, { 'x-forwarded-for': '203.0.113.45' })).body.data.startPayment;
      expect(started.error).toBeNull();
      expect(started.pay.url).toContain(`${stack.legacy.url}/wechat/`);
      expect(started.pay.url).toContain('redirect_url=');
      // WeChat Pay's risk check compares the order's payer address with the one opening the cashier.
      expect(stack.legacy.payments.pay('wechat', await desk.outTradeNoOf(orderId, 'WECHAT'))).toMatchObject({ payerClientIp: '203.0.113.45' });
      await stack.legacy.payments.settled();
      expect(await desk.status(orderId, token)).toBe('PAID');
      expect((await stack.graphql(ORDER, { id: orderId }, token)).body.data.paymentOrder.channel).toBe('WECHAT');
      expect((await desk.ledgerOf(orderId)).length).toBe(1);
    });

    it('refuses forged, stale, tampered, mis-addressed and wrong-amount notifications, changing nothing', async () => {
      const { token, orderId } = await desk.citizenWithOrder(2, 8_800);
      await stack.graphql(START, { i: { orderId, channel: 'ALIPAY' } }, token);
      await stack.graphql(START, { i: { orderId, channel: 'WECHAT' } }, token);
      const alipayNo = await desk.outTradeNoOf(orderId, 'ALIPAY');
      const wechatNo = await desk.outTradeNoOf(orderId, 'WECHAT');
      const paid = { out_trade_no: alipayNo, trade_no: '2026120122001400000000000001', total_amount: '88.00' };

      expect(await desk.notifyAlipay(alipayNotification(paid, { signWith: 'app' }))).toBe('fail'); // not Alipay's signature
      expect(await desk.notifyAlipay(alipayNotification({ ...paid, total_amount: '0.01' }))).toBe('fail'); // Alipay's, another amount
      expect(await desk.notifyAlipay(alipayNotification({ ...paid, app_id: '2021000000009999' }))).toBe('fail'); // for another app
      expect(await desk.notifyAlipay(alipayNotification({ ...paid, out_trade_no: 'JT2612019999999999999999999A01' }))).toBe('fail'); // a trade we never opened
      const form = new URLSearchParams(alipayNotification(paid));
      form.set('total_amount', '88.01'); // signed, then changed on the way
      expect(await desk.notifyAlipay(form.toString())).toBe('fail');

      const transaction = { appid: WECHAT_DEV_APP.appId, mchid: WECHATPAY_DEV_KEYS.mchid, out_trade_no: wechatNo, transaction_id: '4200000000202612010000000001', trade_state: 'SUCCESS', success_time: '2026-12-01T10:00:00+08:00', amount: { total: 8_800, payer_total: 8_800, currency: 'CNY' } };
      const send = (n: { body: string; headers: Record<string, string> }) => fetch(`${desk.paymentBase()}/notify/wechat`, { method: 'POST', headers: n.headers, body: n.body }).then((r) => r.status);
      expect(await send(wechatNotification(transaction, { timestamp: Math.floor(Date.now() / 1000) - 301 }))).toBeGreaterThanOrEqual(400);
      expect(await send(wechatNotification(transaction, { tamper: true }))).toBeGreaterThanOrEqual(400);
      expect(await send(wechatNotification({ ...transaction, amount: { total: 1, payer_total: 1, currency: 'CNY' } }))).toBeGreaterThanOrEqual(400);

      expect(await desk.status(orderId, token)).toBe('UNPAID');
      expect(await desk.ledgerOf(orderId)).toEqual([]);
      expect(Number((await sql<{ n: string }>`select count(*)::text as n from audit_log where action = 'PAYMENT_NOTIFICATION_REFUSED'`.execute(desk.db())).rows[0].n)).toBeGreaterThanOrEqual(8);
    });

    it('records one payment however many copies of its notification arrive at once', async () => {
      const { token, orderId } = await desk.citizenWithOrder(3, 12_345);
      await stack.graphql(START, { i: { orderId, channel: 'ALIPAY' } }, token);
      const outTradeNo = await desk.outTradeNoOf(orderId, 'ALIPAY');
      stack.legacy.payments.setNotifyMode('alipay', 'never');
      try {
        stack.legacy.payments.pay('alipay', outTradeNo);
        const answers = await stack.legacy.payments.replay('alipay', outTradeNo, { times: 50 });
        expect(answers.length).toBe(50);
        expect(answers.every((a) => a.status === 200 && a.body === 'success')).toBe(true);
      } finally {
        stack.legacy.payments.setNotifyMode('alipay', 'normal');
      }
      expect(await desk.status(orderId, token)).toBe('PAID');
      expect((await desk.ledgerOf(orderId)).length).toBe(1);
      expect(await desk.auditCount('PAYMENT_RECEIVED', orderId)).toBe(1);
      expect(Number((await sql<{ n: string }>`select count(*)::text as n from jobs where kind = 'payment.order.fulfil' and key = ${orderId}`.execute(desk.db())).rows[0].n)).toBe(1);
    });

    it('settles a payment whose notification never came, by asking the channel', async () => {
      const { token, orderId } = await desk.citizenWithOrder(4, 3_000);
      await stack.graphql(START, { i: { orderId, channel: 'WECHAT' } }, token);
      stack.legacy.payments.setNotifyMode('wechat', 'never');
      try {
        stack.legacy.payments.pay('wechat', await desk.outTradeNoOf(orderId, 'WECHAT'));
        expect(await desk.status(orderId, token)).toBe('UNPAID');
        await eventually(async () => {
          await stack.drainJobs();
          return (await desk.status(orderId, token)) === 'PAID';
        }, 'the settle job found the payment', 10_000);
      } finally {
        stack.legacy.payments.setNotifyMode('wechat', 'normal');
      }
      expect((await desk.ledgerOf(orderId)).length).toBe(1);
    });

    it('closes an unpaid order at its expiry, and a payment arriving after that still counts', async () => {
      const { token, orderId } = await desk.citizenWithOrder(5, 2_000, 1_500);
      await stack.graphql(START, { i: { orderId, channel: 'ALIPAY' } }, token);
      await new Promise((r) => setTimeout(r, 1_700));
      await stack.drainJobs();
      expect(await desk.status(orderId, token)).toBe('CLOSED');
      expect((await stack.graphql(START, { i: { orderId, channel: 'ALIPAY' } }, token)).body.data.startPayment.error).toMatchObject({ code: 'ORDER_CLOSED', message: expect.stringContaining('已关闭') });
      expect(await desk.auditCount('PAYMENT_ORDER_CLOSED', orderId)).toBe(1);
      // Alipay's word that the trade was paid after all (e.g. paid a moment before the close took effect): money received.
      const late = alipayNotification({ out_trade_no: await desk.outTradeNoOf(orderId, 'ALIPAY'), trade_no: '2026120122001400000000000002', total_amount: '20.00' });
      expect(await desk.notifyAlipay(late)).toBe('success');
      expect(await desk.status(orderId, token)).toBe('PAID');
      // …and a late "closed" after that changes nothing.
      expect(await desk.notifyAlipay(alipayNotification({ out_trade_no: await desk.outTradeNoOf(orderId, 'ALIPAY'), trade_no: '2026120122001400000000000002', total_amount: '20.00', trade_status: 'TRADE_CLOSED' }))).toBe('success');
      expect(await desk.status(orderId, token)).toBe('PAID');
    });

    it('keeps orders to their owners: another citizen sees none, pays none; anonymous callers are told to sign in', async () => {
      const { orderId } = await desk.citizenWithOrder(6);
      const other = await stack.signIn(stack.legacy.seed.persons[260].idNumber);
      expect((await stack.graphql(ORDER, { id: orderId }, other)).body.data.paymentOrder).toBeNull();
      expect((await stack.graphql(MY_ORDERS, {}, other)).body.data.myPaymentOrders.map((o: { id: string }) => o.id)).not.toContain(orderId);
      expect((await stack.graphql(START, { i: { orderId, channel: 'ALIPAY' } }, other)).body.data.startPayment.error).toMatchObject({ code: 'ORDER_NOT_FOUND', field: 'orderId' });
      expect((await stack.graphql(ORDER, { id: 'not-a-uuid' }, other)).body.data.paymentOrder).toBeNull();
      expect((await stack.graphql(ORDER, { id: orderId })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('takes orders only from a signed owning subgraph, for its own payables, once per id', async () => {
      const citizenId = claimsOf(await stack.signIn(stack.legacy.seed.persons[270].idNumber)).sub;
      const order = desk.orderFor(citizenId, `FEE-${mode}-internal`);
      expect((await desk.requestOrder(order, 'traffic', false)).status).toBe(401);
      expect((await desk.requestOrder(order, 'exit-entry')).status).toBe(403);
      expect((await desk.requestOrder({ ...order, amountFen: 1.5, lines: [{ label: '工本费', amountFen: 1.5 }] })).status).toBe(400);
      expect((await desk.requestOrder(order)).status).toBe(201);
      expect((await desk.requestOrder(order)).status).toBe(200);
      expect((await desk.requestOrder({ ...order, amountFen: 30_000, lines: [{ label: '工本费', amountFen: 30_000 }] })).status).toBe(409);
      expect(await desk.auditCount('PAYMENT_ORDER_CREATED', order.orderId)).toBe(1);
    });

    describe('refunds', () => refunds(() => desk));
    describe('fulfilment', () => fulfilment(() => desk));
    describe('WeChat JSAPI', () => wechatJsapi(() => desk));
  });
}
