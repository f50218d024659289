import { type Kysely, paymentOrderId, signCaller, sql } from '@jingtong/kit';
import { type Stack, TEST_SECRET } from '../../kit/stack.js';
import type { StorageMode } from '../../kit/storage.js';
import { claimsOf } from '../citizens.support.js';

export const ORDER = `query($id: ID!) { paymentOrder(id: $id) { id status amountFen subject businessKind businessKindName lines { label amountFen } channel paidAt expiresAt payable { subgraph type id } revenueItem { code name } countyCode } }`;
export const MY_ORDERS = `{ myPaymentOrders { id status amountFen } }`;
export const START = `mutation($i: StartPaymentInput!) { startPayment(input: $i) { pay { url qrCode expiresAt } error { code message field } } }`;
export const REFUND = `mutation($i: RefundPaymentInput!) { refundPayment(input: $i) { refund { id kind channel amountFen state reason officerId } error { code message field } } }`;
export const REFUNDS = `query($id: ID!) { paymentOrder(id: $id) { status refundedFen refunds { kind channel amountFen state reason officerId } } }`;

/** The payment centre as the tests reach it: its internal order route, its notification routes, its tables. */
export class PaymentDesk {
  constructor(
    readonly stack: Stack,
    readonly mode: StorageMode,
  ) {}

  paymentBase = () => this.stack.subgraphUrls.payment.replace(/\/graphql$/, '');
  db = () => (this.stack.subgraphs.payment.deps as unknown as { database: { db: Kysely<any> } }).database.db;

  /** As an owner's outbox sends it (signed as a `service` caller). */
  requestOrder = async (order: Record<string, unknown>, from = 'traffic', signed = true) => {
    const body = JSON.stringify(order);
    const res = await fetch(`${this.paymentBase()}/internal/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signed ? { 'x-jt-caller': signCaller({ kind: 'service', sub: from, requestId: `test-${Math.random()}` }, TEST_SECRET, body) } : {}) },
      body,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  orderFor = (citizenId: string, payableId: string, amountFen = 20_000, expiresInMs = 3_600_000) => ({
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

  outTradeNoOf = async (orderId: string, channel: 'ALIPAY' | 'WECHAT') =>
    (await this.db().selectFrom('payment_attempts').select('out_trade_no').where('order_id', '=', orderId).where('channel', '=', channel).orderBy('created_at', 'desc').executeTakeFirstOrThrow()).out_trade_no as string;

  ledgerOf = async (orderId: string) => this.db().selectFrom('payment_ledger').selectAll().where('order_id', '=', orderId).execute();

  auditCount = async (action: string, orderId: string) =>
    Number((await sql<{ n: string }>`select count(*)::text as n from audit_log where action = ${action} and target_id = ${orderId}`.execute(this.db())).rows[0].n);

  status = async (orderId: string, token: string) => (await this.stack.graphql(ORDER, { id: orderId }, token)).body.data?.paymentOrder?.status as string | undefined;

  notifyAlipay = (form: string) => fetch(`${this.paymentBase()}/notify/alipay`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form }).then((r) => r.text());

  /** A signed-in citizen with an order of the payment centre (as traffic's outbox would ask for it). */
  citizenWithOrder = async (nth: number, amountFen = 20_000, expiresInMs = 3_600_000) => {
    const person = this.stack.legacy.seed.persons[200 + nth];
    const token = await this.stack.signIn(person.idNumber);
    const order = this.orderFor(claimsOf(token).sub, `FEE-${this.mode}-${nth}`, amountFen, expiresInMs);
    expect((await this.requestOrder(order)).status).toBe(201);
    return { token, orderId: order.orderId as string, order };
  };
}
