import { randomUUID } from 'node:crypto';
import { OfficerKit } from '../../kit/officers.js';
import { eventually } from '../citizens.support.js';
import { REFUND, REFUNDS, START, type PaymentDesk } from './payment-desk.js';

const OFFICER_ORDERS = `query($f: PaymentOrderFilter, $after: String) { paymentOrders(filter: $f, first: 2, after: $after) { nodes { id status amountFen channel } endCursor hasNextPage } }`;

/** Refunds: an officer's, within what was paid, and the centre's own of a second payment. */
export function refunds(desk: () => PaymentDesk) {
  // One kit for the part: a demo officer's TOTP step is spent by its first sign-in.
  let kit: OfficerKit | undefined;
  const officers = () => (kit ??= new OfficerKit(desk().stack));

it('refunds part, then the rest, of a paid order: a reviewer with a reason, once per request, never more than was paid', async () => {
    const d = desk();
    const { stack } = d;
    const reviewer = await officers().demo('reviewer01');
    const window = await officers().demo('window01');
    const { token, orderId } = await d.citizenWithOrder(7, 10_000);
    const refund = (input: Record<string, unknown>, as = reviewer) => stack.graphql(REFUND, { i: { orderId, reason: '重复缴纳', idempotencyKey: randomUUID(), ...input } }, as).then((r) => r.body);
    expect((await refund({ amountFen: 1_000 })).data.refundPayment.error.code).toBe('ORDER_NOT_REFUNDABLE');

    await stack.graphql(START, { i: { orderId, channel: 'ALIPAY' } }, token);
    stack.legacy.payments.pay('alipay', await d.outTradeNoOf(orderId, 'ALIPAY'));
    await stack.legacy.payments.settled();
    expect(await d.status(orderId, token)).toBe('PAID');

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
    expect((await d.ledgerOf(orderId)).map((row) => [row.kind, row.amount_fen]).sort()).toEqual([['PAYMENT', 10_000], ['REFUND', 3_000], ['REFUND', 7_000]]);
    expect(await d.auditCount('REFUND_REQUESTED', orderId)).toBe(2);
    expect((await refund({ amountFen: 1 })).data.refundPayment.error.code).toBe('ORDER_NOT_REFUNDABLE');

    // WeChat Pay answers PROCESSING first; its REFUND.SUCCESS notification (or the job's next question) settles it.
    const other = await d.citizenWithOrder(8, 4_000);
    await stack.graphql(START, { i: { orderId: other.orderId, channel: 'WECHAT' } }, other.token);
    stack.legacy.payments.pay('wechat', await d.outTradeNoOf(other.orderId, 'WECHAT'));
    await stack.legacy.payments.settled();
    expect((await stack.graphql(REFUND, { i: { orderId: other.orderId, amountFen: 4_000, reason: '误缴', idempotencyKey: randomUUID() } }, reviewer)).body.data.refundPayment.error).toBeNull();
    await eventually(async () => {
      await stack.drainJobs().catch(() => undefined);
      await stack.legacy.payments.settled();
      return (await stack.graphql(REFUNDS, { id: other.orderId }, reviewer)).body.data.paymentOrder.status === 'REFUNDED';
    }, 'the WeChat refund settled', 15_000);
    expect((await d.ledgerOf(other.orderId)).filter((row) => row.kind === 'REFUND').length).toBe(1);

    // Officers list orders of every channel, filtered and paged.
    const page = (await stack.graphql(OFFICER_ORDERS, { f: { status: 'REFUNDED' } }, window)).body.data.paymentOrders;
    expect(page.nodes.map((o: { status: string }) => o.status)).toEqual(['REFUNDED', 'REFUNDED']);
    expect(page.nodes.map((o: { id: string }) => o.id).sort()).toEqual([orderId, other.orderId].sort());
    expect((await stack.graphql(OFFICER_ORDERS, { f: { status: 'REFUNDED' }, after: page.endCursor }, window)).body.data.paymentOrders.nodes).toEqual([]);
    expect((await stack.graphql(OFFICER_ORDERS, {}, token)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('sends a second payment of an order back by itself: paid on both channels, the later trade refunded whole, the order untouched', async () => {
    const d = desk();
    const { stack } = d;
    const reviewer = await officers().demo('reviewer01');
    const { token, orderId } = await d.citizenWithOrder(9, 6_600);
    // The payer opened both cashiers (the phone's Alipay, then WeChat on a tablet) and confirmed both.
    await stack.graphql(START, { i: { orderId, channel: 'ALIPAY' } }, token);
    await stack.graphql(START, { i: { orderId, channel: 'WECHAT' } }, token);
    stack.legacy.payments.pay('alipay', await d.outTradeNoOf(orderId, 'ALIPAY'));
    await stack.legacy.payments.settled();
    const wechatNo = await d.outTradeNoOf(orderId, 'WECHAT');
    stack.legacy.payments.pay('wechat', wechatNo);
    await stack.legacy.payments.settled();
    // WeChat's notification again, and the settle job's question: still one refund of the duplicate.
    await stack.legacy.payments.replay('wechat', wechatNo, { times: 3 });

    await eventually(async () => {
      await stack.drainJobs().catch(() => undefined);
      await stack.legacy.payments.settled();
      const refunds = (await stack.graphql(REFUNDS, { id: orderId }, reviewer)).body.data.paymentOrder.refunds as Array<{ state: string }>;
      return refunds.length === 1 && refunds[0].state === 'SUCCEEDED';
    }, 'the duplicate WeChat payment was refunded', 15_000);
    const order = (await stack.graphql(REFUNDS, { id: orderId }, reviewer)).body.data.paymentOrder;
    expect(order).toMatchObject({ status: 'PAID', refundedFen: 0, refunds: [{ kind: 'DUPLICATE_PAYMENT', channel: 'WECHAT', amountFen: 6_600, state: 'SUCCEEDED', officerId: null }] });
    // The citizen sees why the money came back.
    expect((await stack.graphql(REFUNDS, { id: orderId }, token)).body.data.paymentOrder.refunds[0].reason).toContain('重复支付');
    const ledger = (await d.ledgerOf(orderId)).map((row) => [row.kind, row.channel, row.out_trade_no, row.amount_fen]);
    expect(ledger.sort()).toEqual([['PAYMENT', 'ALIPAY', await d.outTradeNoOf(orderId, 'ALIPAY'), 6_600], ['PAYMENT', 'WECHAT', wechatNo, 6_600], ['REFUND', 'WECHAT', wechatNo, 6_600]].sort());
    expect(await d.auditCount('REFUND_REQUESTED', orderId)).toBe(1);
    // What the order was paid can still be refunded whole by an officer: the duplicate's refund is not counted.
    const whole = (await stack.graphql(REFUND, { i: { orderId, amountFen: 6_600, reason: '撤销处罚', idempotencyKey: randomUUID() } }, reviewer)).body.data.refundPayment;
    expect(whole.error).toBeNull();
    expect(whole.refund).toMatchObject({ kind: 'OFFICER', channel: 'ALIPAY' });
  });
}
