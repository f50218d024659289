import { randomUUID } from 'node:crypto';
import { type Kysely, paymentOrderId, signCaller } from '@jingtong/kit';
import { TEST_SECRET, type Stack } from '../../kit/stack.js';
import { claimsOf, eventually } from '../citizens.support.js';

const START = `mutation($i: StartPaymentInput!) { startPayment(input: $i) { pay { url } error { code } } }`;
const REFUND = `mutation($i: RefundPaymentInput!) { refundPayment(input: $i) { refund { id } error { code } } }`;
const STATUS = `query($id: ID!) { paymentOrder(id: $id) { status } }`;

export type Channel = 'ALIPAY' | 'WECHAT';

export interface OrderSpec {
  amountFen: number;
  channel: Channel;
  businessKind?: 'TRAFFIC_FEE' | 'POSTAGE' | 'EXIT_ENTRY_FEE';
  countyCode?: string;
  revenueItem?: { code: string; name: string };
}

export interface PaidOrder {
  orderId: string;
  outTradeNo: string;
  token: string;
  spec: OrderSpec;
}

/** The payment database, read and planted on as the tests need. */
export const paymentDb = (stack: Stack) => (stack.subgraphs.payment.deps as unknown as { database: { db: Kysely<any> } }).database.db;

/**
 * Orders of the payment centre as an owner's outbox asks for them, paid by citizens at the channels' stand-ins
 * (the cashier's confirm, as `legacy.payments.pay` does it), and refunded by an officer.
 */
export class PaidOrders {
  private seq = 0;

  constructor(
    private readonly stack: Stack,
    private readonly tag: string,
  ) {}

  /** An order opened on its channel, not paid yet. */
  async started(spec: OrderSpec): Promise<PaidOrder> {
    const n = ++this.seq;
    const token = await this.stack.signIn(this.stack.legacy.seed.persons[300 + n].idNumber);
    const payableId = `REC-${this.tag}-${n}`;
    const order = {
      orderId: paymentOrderId('traffic', 'Violation', payableId),
      payable: { subgraph: 'traffic', type: 'Violation', id: payableId },
      citizenId: claimsOf(token).sub,
      businessKind: spec.businessKind ?? 'TRAFFIC_FEE',
      subject: '机动车检验合格标志工本费',
      lines: [{ label: '工本费', amountFen: spec.amountFen }],
      amountFen: spec.amountFen,
      countyCode: spec.countyCode ?? '411002',
      revenueItem: spec.revenueItem ?? { code: '103040101', name: '公安行政事业性收费' },
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    };
    const body = JSON.stringify(order);
    const base = this.stack.subgraphUrls.payment.replace(/\/graphql$/, '');
    const created = await fetch(`${base}/internal/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-jt-caller': signCaller({ kind: 'service', sub: 'traffic', requestId: `rec-${this.tag}-${n}` }, TEST_SECRET, body) },
      body,
    });
    if (created.status !== 201) throw new Error(`order request refused: ${created.status}`);
    const started = (await this.stack.graphql(START, { i: { orderId: order.orderId, channel: spec.channel } }, token)).body.data.startPayment;
    if (started.error) throw new Error(`startPayment: ${started.error.code}`);
    const attempt = await paymentDb(this.stack).selectFrom('payment_attempts').select('out_trade_no').where('order_id', '=', order.orderId).executeTakeFirstOrThrow();
    return { orderId: order.orderId, outTradeNo: attempt.out_trade_no, token, spec };
  }

  /** Paid at the channel, and (unless its notification is held back) recorded. */
  async paid(spec: OrderSpec): Promise<PaidOrder> {
    const order = await this.started(spec);
    this.stack.legacy.payments.pay(spec.channel === 'ALIPAY' ? 'alipay' : 'wechat', order.outTradeNo);
    await this.stack.legacy.payments.settled();
    return order;
  }

  async status(order: PaidOrder): Promise<string> {
    return (await this.stack.graphql(STATUS, { id: order.orderId }, order.token)).body.data.paymentOrder.status;
  }

  /** An officer's refund, waited for until the channel confirmed it (WeChat Pay answers PROCESSING first). */
  async refunded(order: PaidOrder, amountFen: number, officerToken: string): Promise<void> {
    const asked = (await this.stack.graphql(REFUND, { i: { orderId: order.orderId, amountFen, reason: '重复缴纳', idempotencyKey: randomUUID() } }, officerToken)).body.data.refundPayment;
    if (asked.error) throw new Error(`refundPayment: ${asked.error.code}`);
    const expected = amountFen === order.spec.amountFen ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
    await eventually(
      async () => {
        await this.stack.drainJobs().catch(() => undefined);
        await this.stack.legacy.payments.settled();
        return (await this.status(order)) === expected;
      },
      `the ${order.spec.channel} refund settled`,
      20_000,
    );
  }
}
