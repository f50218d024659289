import { createHash } from 'node:crypto';
import { enqueueJob, type SignedInOfficer } from '@jingtong/kit';
import type { PaymentDeps } from '../deps.js';
import type { PaymentErrorCode } from '../errors.js';
import { PAYMENT_JOBS } from '../jobs/job-kinds.js';

export interface RefundRequest {
  orderId: string;
  amountFen: number;
  reason: string;
  /** The officer's client-made key: the same request sent twice is one refund. */
  idempotencyKey: string;
}

export type RefundResult = { ok: true; refundId: string } | { ok: false; code: PaymentErrorCode; field?: string };

/** Ours, derived from the key: ≤ 32 characters for WeChat Pay, the same on every retry. */
const outRequestNoOf = (idempotencyKey: string) => `RF${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 30)}`;
const refundIdOf = (idempotencyKey: string) => {
  const h = createHash('sha256').update(`refund:${idempotencyKey}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/**
 * An officer refunds part or all of a paid order. On the order's row lock: what is asked now and before
 * (except failed refunds, and the centre's own refunds of duplicate payments) never exceeds what was paid; the refund row, its audit row and the job that sends it
 * to the channel commit together. The money moves when the channel confirms (`recordRefund`).
 */
export async function requestRefund(deps: PaymentDeps, officer: SignedInOfficer, request: RefundRequest, requestId: string): Promise<RefundResult> {
  const refundId = refundIdOf(request.idempotencyKey);
  return deps.database.db.transaction().execute(async (trx) => {
    const order = await trx.selectFrom('payment_orders').selectAll().where('id', '=', request.orderId).forUpdate().executeTakeFirst();
    if (!order) return { ok: false, code: 'ORDER_NOT_FOUND', field: 'orderId' } as const;
    const earlier = await trx.selectFrom('payment_refunds').selectAll().where('id', '=', refundId).executeTakeFirst();
    if (earlier) return earlier.order_id === order.id && earlier.amount_fen === request.amountFen ? ({ ok: true, refundId } as const) : ({ ok: false, code: 'REFUND_KEY_REUSED', field: 'idempotencyKey' } as const);
    if (order.status !== 'PAID' && order.status !== 'PARTIALLY_REFUNDED') return { ok: false, code: 'ORDER_NOT_REFUNDABLE' } as const;
    const asked = await trx.selectFrom('payment_refunds').select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_fen'), eb.lit(0)).as('total')).where('order_id', '=', order.id).where('state', '!=', 'FAILED').where('kind', '=', 'OFFICER').executeTakeFirstOrThrow();
    if (Number(asked.total) + request.amountFen > order.paid_fen) return { ok: false, code: 'REFUND_EXCEEDS_PAID', field: 'amountFen' } as const;

    await trx.insertInto('payment_refunds').values({ id: refundId, order_id: order.id, out_request_no: outRequestNoOf(request.idempotencyKey), amount_fen: request.amountFen, reason: request.reason, officer_id: officer.id, failure: null, completed_at: null }).execute();
    await enqueueJob(trx, { kind: PAYMENT_JOBS.refund, key: refundId, payload: { refundId } });
    await deps.audit.record(
      { action: 'REFUND_REQUESTED', actorKind: 'officer', actorId: officer.id, targetKind: 'payment_order', targetId: order.id, requestId, details: { refundId, amountFen: request.amountFen, channel: order.channel } },
      { trx },
    );
    return { ok: true, refundId } as const;
  });
}
