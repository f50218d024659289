import { enqueueJob } from '@jingtong/kit';
import type { PaymentDeps } from '../deps.js';
import type { ChannelName } from '../db/tables/payment-order.table.js';
import { PAYMENT_JOBS } from '../jobs/job-kinds.js';
import { refundDuplicatePayment } from '../refunds/refund-duplicate-payment.js';

/** A payment a channel vouched for: a verified notification, or the channel's answer to our query. */
export interface ChannelPayment {
  channel: ChannelName;
  outTradeNo: string;
  tradeNo: string;
  amountFen: number;
  paidAt: Date;
}

export type RecordPaymentResult =
  | { ok: true; changed: boolean }
  | { ok: false; reason: 'UNKNOWN_TRADE' | 'AMOUNT_MISMATCH' };

/**
 * The one place money comes in. In one transaction, on the order's row lock: the ledger row (unique per
 * channel trade number: a duplicate notification records nothing), the order moved forward to PAID (a
 * late "closed" or a second copy never moves it back), the trade marked paid, the owner's fulfilment
 * job (or, when the order was paid already, the refund of this second payment), and the audit row. A trade we never opened, or an amount other than the order's, changes nothing.
 */
export async function recordPayment(deps: Pick<PaymentDeps, 'database' | 'audit' | 'logger'>, payment: ChannelPayment, requestId: string): Promise<RecordPaymentResult> {
  return deps.database.db.transaction().execute(async (trx) => {
    const attempt = await trx.selectFrom('payment_attempts').selectAll().where('out_trade_no', '=', payment.outTradeNo).executeTakeFirst();
    if (!attempt || attempt.channel !== payment.channel) return { ok: false, reason: 'UNKNOWN_TRADE' } as const;
    const order = await trx.selectFrom('payment_orders').selectAll().where('id', '=', attempt.order_id).forUpdate().executeTakeFirstOrThrow();
    if (payment.amountFen !== order.amount_fen) return { ok: false, reason: 'AMOUNT_MISMATCH' } as const;

    const ledger = await trx
      .insertInto('payment_ledger')
      .values({ order_id: order.id, channel: payment.channel, kind: 'PAYMENT', channel_ref: payment.tradeNo, out_trade_no: payment.outTradeNo, amount_fen: payment.amountFen, occurred_at: payment.paidAt })
      .onConflict((c) => c.columns(['channel', 'kind', 'channel_ref']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!ledger) return { ok: true, changed: false } as const;

    await trx.updateTable('payment_attempts').set({ state: 'PAID' }).where('out_trade_no', '=', payment.outTradeNo).execute();
    if (order.status === 'UNPAID' || order.status === 'CLOSED') {
      // A payment that arrives after the order closed is still money received: the order is paid.
      await trx
        .updateTable('payment_orders')
        .set({ status: 'PAID', paid_fen: payment.amountFen, channel: payment.channel, out_trade_no: payment.outTradeNo, channel_trade_no: payment.tradeNo, paid_at: payment.paidAt, closed_at: null, updated_at: new Date() })
        .where('id', '=', order.id)
        .execute();
      await enqueueJob(trx, { kind: PAYMENT_JOBS.fulfil, key: order.id, payload: { orderId: order.id } });
    } else {
      // Paid twice (the other channel's trade went through too): recorded, and the second payment sent back.
      deps.logger.warn({ orderId: order.id, channel: payment.channel }, 'second payment for an order that was already paid: refunding it');
      await refundDuplicatePayment(deps, trx, order.id, payment, requestId);
    }
    await deps.audit.record(
      {
        action: 'PAYMENT_RECEIVED',
        actorKind: 'system',
        actorId: payment.channel.toLowerCase(),
        targetKind: 'payment_order',
        targetId: order.id,
        requestId,
        details: { channel: payment.channel, amountFen: payment.amountFen, duplicate: order.status !== 'UNPAID' && order.status !== 'CLOSED' },
      },
      { trx },
    );
    return { ok: true, changed: true } as const;
  });
}
