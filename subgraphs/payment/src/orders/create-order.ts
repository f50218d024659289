import { enqueueJob, type PaymentOrderRequest } from '@jingtong/kit';
import type { PaymentDeps } from '../deps.js';
import { PAYMENT_JOBS } from '../jobs/job-kinds.js';

export type CreateOrderResult = { ok: true; created: boolean } | { ok: false; reason: 'CONFLICT' };

/**
 * An owner's order request (through its outbox, so perhaps more than once): the order is created once,
 * with its expiry timer and its audit row in the same transaction. The same id asked again with another
 * amount or payable is refused: an owner that changes what is owed asks for a new order.
 */
export async function createOrder(deps: Pick<PaymentDeps, 'database' | 'cipher' | 'audit'>, request: PaymentOrderRequest, requestId: string): Promise<CreateOrderResult> {
  return deps.database.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('payment_orders')
      .values({
        id: request.orderId,
        payable_subgraph: request.payable.subgraph,
        payable_type: request.payable.type,
        payable_id: request.payable.id,
        citizen_id: request.citizenId,
        business_kind: request.businessKind,
        subject_sealed: deps.cipher.encrypt(request.subject),
        lines: JSON.stringify(request.lines) as never,
        amount_fen: request.amountFen,
        county_code: request.countyCode,
        revenue_item_code: request.revenueItem.code,
        revenue_item_name: request.revenueItem.name,
        expires_at: new Date(request.expiresAt),
        channel: null,
        out_trade_no: null,
        channel_trade_no: null,
        paid_at: null,
        closed_at: null,
      })
      .onConflict((c) => c.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) {
      const existing = await trx.selectFrom('payment_orders').select(['amount_fen', 'payable_subgraph', 'payable_type', 'payable_id', 'citizen_id']).where('id', '=', request.orderId).executeTakeFirstOrThrow();
      const same =
        existing.amount_fen === request.amountFen &&
        existing.payable_subgraph === request.payable.subgraph &&
        existing.payable_type === request.payable.type &&
        existing.payable_id === request.payable.id &&
        existing.citizen_id === request.citizenId;
      return same ? { ok: true, created: false } : { ok: false, reason: 'CONFLICT' };
    }
    await enqueueJob(trx, { kind: PAYMENT_JOBS.expire, key: request.orderId, payload: { orderId: request.orderId }, runAt: new Date(request.expiresAt) });
    await deps.audit.record(
      {
        action: 'PAYMENT_ORDER_CREATED',
        actorKind: 'system',
        actorId: request.payable.subgraph,
        targetKind: 'payment_order',
        targetId: request.orderId,
        requestId,
        details: { businessKind: request.businessKind, amountFen: request.amountFen, countyCode: request.countyCode, revenueItem: request.revenueItem.code },
      },
      { trx },
    );
    return { ok: true, created: true };
  });
}
