import type { PaymentDeps } from '../deps.js';

/**
 * The channel confirmed a refund of ours (its answer, its notification, or our later question): the ledger's
 * REFUND row (once per request number), the order's refunded total and status, the refund's state, audited —
 * one transaction on the order's row lock, so a notification racing the job's answer records it once.
 */
export async function recordRefund(deps: Pick<PaymentDeps, 'database' | 'audit'>, outRequestNo: string, requestId: string): Promise<'RECORDED' | 'ALREADY' | 'UNKNOWN'> {
  return deps.database.db.transaction().execute(async (trx) => {
    const refund = await trx.selectFrom('payment_refunds').selectAll().where('out_request_no', '=', outRequestNo).executeTakeFirst();
    if (!refund) return 'UNKNOWN' as const;
    const order = await trx.selectFrom('payment_orders').selectAll().where('id', '=', refund.order_id).forUpdate().executeTakeFirstOrThrow();
    if (refund.state === 'SUCCEEDED') return 'ALREADY' as const;
    const inserted = await trx
      .insertInto('payment_ledger')
      .values({ order_id: order.id, channel: refund.channel ?? order.channel ?? 'ALIPAY', kind: 'REFUND', channel_ref: outRequestNo, out_trade_no: refund.out_trade_no ?? order.out_trade_no ?? '', amount_fen: refund.amount_fen, occurred_at: new Date() })
      .onConflict((c) => c.columns(['channel', 'kind', 'channel_ref']).doNothing())
      .returning('id')
      .executeTakeFirst();
    await trx.updateTable('payment_refunds').set({ state: 'SUCCEEDED', completed_at: new Date() }).where('id', '=', refund.id).execute();
    // A duplicate payment's refund returns money the order never counted as paid: the order stays as it is.
    if (inserted && refund.kind === 'OFFICER') {
      const refunded = order.refunded_fen + refund.amount_fen;
      await trx.updateTable('payment_orders').set({ refunded_fen: refunded, status: refunded >= order.paid_fen ? 'REFUNDED' : 'PARTIALLY_REFUNDED', updated_at: new Date() }).where('id', '=', order.id).execute();
    }
    await deps.audit.record({ action: 'REFUND_SUCCEEDED', actorKind: 'system', actorId: (refund.channel ?? order.channel ?? '').toLowerCase(), targetKind: 'payment_order', targetId: order.id, requestId, details: { refundId: refund.id, amountFen: refund.amount_fen, ...(refund.kind === 'DUPLICATE_PAYMENT' ? { duplicate: true } : {}) } }, { trx });
    return 'RECORDED' as const;
  });
}
