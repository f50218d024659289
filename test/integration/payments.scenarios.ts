import { paymentOrderId, signCaller, sql } from '@jingtong/kit';
import { WECHAT_DEV_APP, WECHATPAY_DEV_KEYS } from '@jingtong/legacy';
import { randomUUID } from 'node:crypto';
import { OfficerKit } from '../kit/officers.js';
import { startStack, TEST_SECRET, type Stack } from '../kit/stack.js';
import type { StorageMode } from '../kit/storage.js';
import { claimsOf, eventually } from './citizens.support.js';
import { alipayNotification, wechatNotification } from './payments/channel-notifications.js';

const ORDER = `query($id: ID!) { paymentOrder(id: $id) { id status amountFen subject businessKind businessKindName lines { label amountFen } channel paidAt expiresAt payable { subgraph type id } revenueItem { code name } countyCode } }`;
const MY_ORDERS = `{ myPaymentOrders { id status amountFen } }`;
const START = `mutation($i: StartPaymentInput!) { startPayment(input: $i) { pay { url qrCode expiresAt } error { code message field } } }`;
const PAY_FINE = `mutation($i: PayViolationFineInput!) { payViolationFine(input: $i) { payment { orderId fineFen lateFeeFen amountFen expiresAt order { id } } error { code message field } } }`;
const VIOLATIONS = `{ me { vehicles { plate violations { id status fineYuan decisionNumber decidedAt } } } }`;

const REFUND = `mutation($i: RefundPaymentInput!) { refundPayment(input: $i) { refund { id amountFen state reason officerId } error { code message field } } }`;
const REFUNDS = `query($id: ID!) { paymentOrder(id: $id) { status refundedFen refunds { amountFen state reason officerId } } }`;
const OFFICER_ORDERS = `query($f: PaymentOrderFilter, $after: String) { paymentOrders(filter: $f, first: 2, after: $after) { nodes { id status amountFen channel } endCursor hasNextPage } }`;

type Violation = { id: string; status: string; fineYuan: number; decisionNumber: string | null; decidedAt: string | null };

/** Payments through the gateway as citizens make them, and through the channels' notifications as they arrive. */
export function describePayments(mode: StorageMode) {
  describe(`payment centre (${mode})`, () => {
    let stack: Stack;
    let demoToken: string;
    const paymentBase = () => stack.subgraphUrls.payment.replace(/\/graphql$/, '');
    const db = () => (stack.subgraphs.payment.deps as unknown as { database: { db: import('@jingtong/kit').Kysely<any> } }).database.db;

    /** As an owner's outbox sends it (signed as a `service` caller). */
    const requestOrder = async (order: Record<string, unknown>, from = 'traffic', signed = true) => {
      const body = JSON.stringify(order);
      const res = await fetch(`${paymentBase()}/internal/orders`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(signed ? { 'x-jt-caller': signCaller({ kind: 'service', sub: from, requestId: `test-${Math.random()}` }, TEST_SECRET, body) } : {}) },
        body,
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const orderFor = (citizenId: string, payableId: string, amountFen = 20_000, expiresInMs = 3_600_000) => ({
      orderId: paymentOrderId('traffic', 'Violation', payableId),
      payable: { subgraph: 'traffic', type: 'Violation', id: payableId },
      citizenId,
      businessKind: 'TRAFFIC_FEE',
      subject: '机动车检验合格标志工本费',
      lines: [{ label: '工本费', amountFen }],
      amountFen,
      countyCode: '411002',
      revenueItem: { code: '103040101', name: '公安行政事业性收费' },
      expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
    });
    const outTradeNoOf = async (orderId: string, channel: 'ALIPAY' | 'WECHAT') =>
      (await db().selectFrom('payment_attempts').select('out_trade_no').where('order_id', '=', orderId).where('channel', '=', channel).orderBy('created_at', 'desc').executeTakeFirstOrThrow()).out_trade_no as string;
    const ledgerOf = async (orderId: string) => db().selectFrom('payment_ledger').selectAll().where('order_id', '=', orderId).execute();
    const auditCount = async (action: string, orderId: string) =>
      Number((await sql<{ n: string }>`select count(*)::text as n from audit_log where action = ${action} and target_id = ${orderId}`.execute(db())).rows[0].n);
    const status = async (orderId: string, token: string) => (await stack.graphql(ORDER, { id: orderId }, token)).body.data?.paymentOrder?.status as string | undefined;
    const notifyAlipay = (form: string) => fetch(`${paymentBase()}/notify/alipay`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form }).then((r) => r.text());

    /** A signed-in citizen with an order of the payment centre (as traffic's outbox would ask for it). */
    const citizenWithOrder = async (nth: number, amountFen = 20_000, expiresInMs = 3_600_000) => {
      const person = stack.legacy.seed.persons[200 + nth];
      const token = await stack.signIn(person.idNumber);
      const order = orderFor(claimsOf(token).sub, `FEE-${mode}-${nth}`, amountFen, expiresInMs);
      expect((await requestOrder(order)).status).toBe(201);
      return { token, orderId: order.orderId as string, order };
    };

    beforeAll(async () => {
      stack = await startStack({ mode, env: { PAYMENT_SETTLE_AFTER_MS: '300' } });
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
      expect(started.pay.qrCode).toMatch(/^data:image\/png;base64,/);
      // Starting again reuses the trade: one out_trade_no for the order on this channel.
      expect((await stack.graphql(START, { i: { orderId, channel: 'ALIPAY' } }, demoToken)).body.data.startPayment.error).toBeNull();
      expect((await db().selectFrom('payment_attempts').select('out_trade_no').where('order_id', '=', orderId).execute()).length).toBe(1);

      const before = stack.legacy.stats().traffic?.recordViolationPayment ?? 0;
      stack.legacy.payments.pay('alipay', await outTradeNoOf(orderId, 'ALIPAY'));
      await stack.legacy.payments.settled();
      expect(await status(orderId, demoToken)).toBe('PAID');
      expect((await ledgerOf(orderId)).map((row) => [row.kind, row.amount_fen])).toEqual([['PAYMENT', amountFen]]);

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

    it('pays through WeChat Pay: the H5 cashier, the encrypted notification, paid once', async () => {
      const { token, orderId } = await citizenWithOrder(1, 5_000);
      const started = (await stack.graphql(START, { i: { orderId, channel: 'WECHAT' } }, token)).body.data.startPayment;
      expect(started.error).toBeNull();
      expect(started.pay.url).toContain(`${stack.legacy.url}/wechat/`);
      expect(started.pay.url).toContain('redirect_url=');
      stack.legacy.payments.pay('wechat', await outTradeNoOf(orderId, 'WECHAT'));
      await stack.legacy.payments.settled();
      expect(await status(orderId, token)).toBe('PAID');
      expect((await stack.graphql(ORDER, { id: orderId }, token)).body.data.paymentOrder.channel).toBe('WECHAT');
      expect((await ledgerOf(orderId)).length).toBe(1);
    });

    it('refuses forged, stale, tampered, mis-addressed and wrong-amount notifications, changing nothing', async () => {
      const { token, orderId } = await citizenWithOrder(2, 8_800);
      await stack.graphql(START, { i: { orderId, channel: 'ALIPAY' } }, token);
      await stack.graphql(START, { i: { orderId, channel: 'WECHAT' } }, token);
      const alipayNo = await outTradeNoOf(orderId, 'ALIPAY');
      const wechatNo = await outTradeNoOf(orderId, 'WECHAT');
      const paid = { out_trade_no: alipayNo, trade_no: '2026120122001400000000000001', total_amount: '88.00' };

      expect(await notifyAlipay(alipayNotification(paid, { signWith: 'app' }))).toBe('fail'); // not Alipay's signature
      expect(await notifyAlipay(alipayNotification({ ...paid, total_amount: '0.01' }))).toBe('fail'); // Alipay's, another amount
      expect(await notifyAlipay(alipayNotification({ ...paid, app_id: '2021000000009999' }))).toBe('fail'); // for another app
      expect(await notifyAlipay(alipayNotification({ ...paid, out_trade_no: 'JT2612019999999999999999999A01' }))).toBe('fail'); // a trade we never opened
      const form = new URLSearchParams(alipayNotification(paid));
      form.set('total_amount', '88.01'); // signed, then changed on the way
      expect(await notifyAlipay(form.toString())).toBe('fail');

      const transaction = { appid: WECHAT_DEV_APP.appId, mchid: WECHATPAY_DEV_KEYS.mchid, out_trade_no: wechatNo, transaction_id: '4200000000202612010000000001', trade_state: 'SUCCESS', success_time: '2026-12-01T10:00:00+08:00', amount: { total: 8_800, payer_total: 8_800, currency: 'CNY' } };
      const send = (n: { body: string; headers: Record<string, string> }) => fetch(`${paymentBase()}/notify/wechat`, { method: 'POST', headers: n.headers, body: n.body }).then((r) => r.status);
      expect(await send(wechatNotification(transaction, { timestamp: Math.floor(Date.now() / 1000) - 301 }))).toBeGreaterThanOrEqual(400);
      expect(await send(wechatNotification(transaction, { tamper: true }))).toBeGreaterThanOrEqual(400);
      expect(await send(wechatNotification({ ...transaction, amount: { total: 1, payer_total: 1, currency: 'CNY' } }))).toBeGreaterThanOrEqual(400);

      expect(await status(orderId, token)).toBe('UNPAID');
      expect(await ledgerOf(orderId)).toEqual([]);
      expect(Number((await sql<{ n: string }>`select count(*)::text as n from audit_log where action = 'PAYMENT_NOTIFICATION_REFUSED'`.execute(db())).rows[0].n)).toBeGreaterThanOrEqual(8);
    });

    it('records one payment however many copies of its notification arrive at once', async () => {
      const { token, orderId } = await citizenWithOrder(3, 12_345);
      await stack.graphql(START, { i: { orderId, channel: 'ALIPAY' } }, token);
      const outTradeNo = await outTradeNoOf(orderId, 'ALIPAY');
      stack.legacy.payments.setNotifyMode('alipay', 'never');
      try {
        stack.legacy.payments.pay('alipay', outTradeNo);
        const answers = await stack.legacy.payments.replay('alipay', outTradeNo, { times: 50 });
        expect(answers.length).toBe(50);
        expect(answers.every((a) => a.status === 200 && a.body === 'success')).toBe(true);
      } finally {
        stack.legacy.payments.setNotifyMode('alipay', 'normal');
      }
      expect(await status(orderId, token)).toBe('PAID');
      expect((await ledgerOf(orderId)).length).toBe(1);
      expect(await auditCount('PAYMENT_RECEIVED', orderId)).toBe(1);
      expect(Number((await sql<{ n: string }>`select count(*)::text as n from jobs where kind = 'payment.order.fulfil' and key = ${orderId}`.execute(db())).rows[0].n)).toBe(1);
    });

    it('settles a payment whose notification never came, by asking the channel', async () => {
      const { token, orderId } = await citizenWithOrder(4, 3_000);
      await stack.graphql(START, { i: { orderId, channel: 'WECHAT' } }, token);
      stack.legacy.payments.setNotifyMode('wechat', 'never');
      try {
        stack.legacy.payments.pay('wechat', await outTradeNoOf(orderId, 'WECHAT'));
        expect(await status(orderId, token)).toBe('UNPAID');
        await eventually(async () => {
          await stack.drainJobs();
          return (await status(orderId, token)) === 'PAID';
        }, 'the settle job found the payment', 10_000);
      } finally {
        stack.legacy.payments.setNotifyMode('wechat', 'normal');
      }
      expect((await ledgerOf(orderId)).length).toBe(1);
    });

    it('closes an unpaid order at its expiry, and a payment arriving after that still counts', async () => {
      const { token, orderId } = await citizenWithOrder(5, 2_000, 1_500);
      await stack.graphql(START, { i: { orderId, channel: 'ALIPAY' } }, token);
      await new Promise((r) => setTimeout(r, 1_700));
      await stack.drainJobs();
      expect(await status(orderId, token)).toBe('CLOSED');
      expect((await stack.graphql(START, { i: { orderId, channel: 'ALIPAY' } }, token)).body.data.startPayment.error).toMatchObject({ code: 'ORDER_CLOSED', message: expect.stringContaining('已关闭') });
      expect(await auditCount('PAYMENT_ORDER_CLOSED', orderId)).toBe(1);
      // Alipay's word that the trade was paid after all (e.g. paid a moment before the close took effect): money received.
      const late = alipayNotification({ out_trade_no: await outTradeNoOf(orderId, 'ALIPAY'), trade_no: '2026120122001400000000000002', total_amount: '20.00' });
      expect(await notifyAlipay(late)).toBe('success');
      expect(await status(orderId, token)).toBe('PAID');
      // …and a late "closed" after that changes nothing.
      expect(await notifyAlipay(alipayNotification({ out_trade_no: await outTradeNoOf(orderId, 'ALIPAY'), trade_no: '2026120122001400000000000002', total_amount: '20.00', trade_status: 'TRADE_CLOSED' }))).toBe('success');
      expect(await status(orderId, token)).toBe('PAID');
    });

    it('keeps orders to their owners: another citizen sees none, pays none; anonymous callers are told to sign in', async () => {
      const { orderId } = await citizenWithOrder(6);
      const other = await stack.signIn(stack.legacy.seed.persons[260].idNumber);
      expect((await stack.graphql(ORDER, { id: orderId }, other)).body.data.paymentOrder).toBeNull();
      expect((await stack.graphql(MY_ORDERS, {}, other)).body.data.myPaymentOrders.map((o: { id: string }) => o.id)).not.toContain(orderId);
      expect((await stack.graphql(START, { i: { orderId, channel: 'ALIPAY' } }, other)).body.data.startPayment.error).toMatchObject({ code: 'ORDER_NOT_FOUND', field: 'orderId' });
      expect((await stack.graphql(ORDER, { id: 'not-a-uuid' }, other)).body.data.paymentOrder).toBeNull();
      expect((await stack.graphql(ORDER, { id: orderId })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refunds part, then the rest, of a paid order: a reviewer with a reason, once per request, never more than was paid', async () => {
      const kit = new OfficerKit(stack);
      const reviewer = await kit.demo('reviewer01');
      const window = await kit.demo('window01');
      const { token, orderId } = await citizenWithOrder(7, 10_000);
      const refund = (input: Record<string, unknown>, as = reviewer) => stack.graphql(REFUND, { i: { orderId, reason: '重复缴纳', idempotencyKey: randomUUID(), ...input } }, as).then((r) => r.body);
      expect((await refund({ amountFen: 1_000 })).data.refundPayment.error.code).toBe('ORDER_NOT_REFUNDABLE');

      await stack.graphql(START, { i: { orderId, channel: 'ALIPAY' } }, token);
      stack.legacy.payments.pay('alipay', await outTradeNoOf(orderId, 'ALIPAY'));
      await stack.legacy.payments.settled();
      expect(await status(orderId, token)).toBe('PAID');

      expect((await refund({ amountFen: 3_000 }, window)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await refund({ amountFen: 3_000 }, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const key = randomUUID();
      const first = (await refund({ amountFen: 3_000, idempotencyKey: key })).data.refundPayment;
      expect(first.refund).toMatchObject({ amountFen: 3_000, state: 'REQUESTED', reason: '重复缴纳' });
      // The console sent it twice (a double click, a retry): one refund.
      expect((await refund({ amountFen: 3_000, idempotencyKey: key })).data.refundPayment.refund.id).toBe(first.refund.id);
      expect((await refund({ amountFen: 5_000, idempotencyKey: key })).data.refundPayment.error.code).toBe('REFUND_KEY_REUSED');
      expect((await refund({ amountFen: 7_001 })).data.refundPayment.error).toMatchObject({ code: 'REFUND_EXCEEDS_PAID', field: 'amountFen' });

      await stack.drainJobs();
      const partly = (await stack.graphql(REFUNDS, { id: orderId }, reviewer)).body.data.paymentOrder;
      expect(partly).toMatchObject({ status: 'PARTIALLY_REFUNDED', refundedFen: 3_000, refunds: [{ amountFen: 3_000, state: 'SUCCEEDED', officerId: expect.any(String) }] });
      // The citizen sees the refund and its reason, not who made it.
      expect((await stack.graphql(REFUNDS, { id: orderId }, token)).body.data.paymentOrder.refunds[0]).toMatchObject({ state: 'SUCCEEDED', reason: '重复缴纳', officerId: null });

      expect((await refund({ amountFen: 7_000 })).data.refundPayment.error).toBeNull();
      await stack.drainJobs();
      await stack.legacy.payments.settled();
      expect((await stack.graphql(REFUNDS, { id: orderId }, reviewer)).body.data.paymentOrder).toMatchObject({ status: 'REFUNDED', refundedFen: 10_000 });
      expect((await ledgerOf(orderId)).map((row) => [row.kind, row.amount_fen]).sort()).toEqual([['PAYMENT', 10_000], ['REFUND', 3_000], ['REFUND', 7_000]]);
      expect(await auditCount('REFUND_REQUESTED', orderId)).toBe(2);
      expect((await refund({ amountFen: 1 })).data.refundPayment.error.code).toBe('ORDER_NOT_REFUNDABLE');

      // WeChat Pay answers PROCESSING first; its REFUND.SUCCESS notification (or the job's next question) settles it.
      const other = await citizenWithOrder(8, 4_000);
      await stack.graphql(START, { i: { orderId: other.orderId, channel: 'WECHAT' } }, other.token);
      stack.legacy.payments.pay('wechat', await outTradeNoOf(other.orderId, 'WECHAT'));
      await stack.legacy.payments.settled();
      expect((await stack.graphql(REFUND, { i: { orderId: other.orderId, amountFen: 4_000, reason: '误缴', idempotencyKey: randomUUID() } }, reviewer)).body.data.refundPayment.error).toBeNull();
      await eventually(async () => {
        await stack.drainJobs().catch(() => undefined);
        await stack.legacy.payments.settled();
        return (await stack.graphql(REFUNDS, { id: other.orderId }, reviewer)).body.data.paymentOrder.status === 'REFUNDED';
      }, 'the WeChat refund settled', 15_000);
      expect((await ledgerOf(other.orderId)).filter((row) => row.kind === 'REFUND').length).toBe(1);

      // Officers list orders of every channel, filtered and paged.
      const page = (await stack.graphql(OFFICER_ORDERS, { f: { status: 'REFUNDED' } }, window)).body.data.paymentOrders;
      expect(page.nodes.map((o: { status: string }) => o.status)).toEqual(['REFUNDED', 'REFUNDED']);
      expect(page.nodes.map((o: { id: string }) => o.id).sort()).toEqual([orderId, other.orderId].sort());
      expect((await stack.graphql(OFFICER_ORDERS, { f: { status: 'REFUNDED' }, after: page.endCursor }, window)).body.data.paymentOrders.nodes).toEqual([]);
      expect((await stack.graphql(OFFICER_ORDERS, {}, token)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('takes orders only from a signed owning subgraph, for its own payables, once per id', async () => {
      const citizenId = claimsOf(await stack.signIn(stack.legacy.seed.persons[270].idNumber)).sub;
      const order = orderFor(citizenId, `FEE-${mode}-internal`);
      expect((await requestOrder(order, 'traffic', false)).status).toBe(401);
      expect((await requestOrder(order, 'exit-entry')).status).toBe(403);
      expect((await requestOrder({ ...order, amountFen: 1.5, lines: [{ label: '工本费', amountFen: 1.5 }] })).status).toBe(400);
      expect((await requestOrder(order)).status).toBe(201);
      expect((await requestOrder(order)).status).toBe(200);
      expect((await requestOrder({ ...order, amountFen: 30_000, lines: [{ label: '工本费', amountFen: 30_000 }] })).status).toBe(409);
      expect(await auditCount('PAYMENT_ORDER_CREATED', order.orderId)).toBe(1);
    });
  });
}
