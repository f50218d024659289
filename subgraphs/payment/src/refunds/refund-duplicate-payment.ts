import { createHash } from 'node:crypto';
import { enqueueJob, type Transaction } from '@jingtong/kit';
import type { PaymentDeps } from '../deps.js';
import type { PaymentDatabase } from '../db/tables/payment-database.js';
import { PAYMENT_JOBS } from '../jobs/job-kinds.js';
import type { ChannelPayment } from '../orders/record-payment.js';

/** Shown to the payer beside the refund, as 支付宝 / 微信 show a refund's reason. */
export const DUPLICATE_REFUND_REASON = '重复支付，已原路退回';

/** Ours for the trade's refund: derived from the trade number, so the same duplicate is one refund at the channel. */
const outRequestNoOf = (outTradeNo: string) => `RD${createHash('sha256').update(outTradeNo).digest('hex').slice(0, 30)}`;
const refundIdOf = (outTradeNo: string) => {
  const h = createHash('sha256').update(`duplicate-refund:${outTradeNo}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-b${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/**
 * The order was already paid when this trade's payment arrived (the payer also paid on the other channel, or
 * on another device): the whole second payment goes back the way it came, with no officer involved. Called in
 * `recordPayment`'s transaction, once per trade (its ledger row is unique); the refund job sends it and
 * `recordRefund` books it without touching the order's own refunded total.
 */
export async function refundDuplicatePayment(deps: Pick<PaymentDeps, 'audit'>, trx: Transaction<PaymentDatabase>, orderId: string, payment: ChannelPayment, requestId: string): Promise<void> {
  const refundId = refundIdOf(payment.outTradeNo);
  const inserted = await trx
    .insertInto('payment_refunds')
    .values({ id: refundId, order_id: orderId, kind: 'DUPLICATE_PAYMENT', out_trade_no: payment.outTradeNo, channel: payment.channel, out_request_no: outRequestNoOf(payment.outTradeNo), amount_fen: payment.amountFen, reason: DUPLICATE_REFUND_REASON, officer_id: null, failure: null, completed_at: null })
    .onConflict((c) => c.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return;
  await enqueueJob(trx, { kind: PAYMENT_JOBS.refund, key: refundId, payload: { refundId } });
  await deps.audit.record(
    { action: 'REFUND_REQUESTED', actorKind: 'system', actorId: 'payment', targetKind: 'payment_order', targetId: orderId, requestId, details: { refundId, amountFen: payment.amountFen, channel: payment.channel, duplicate: true } },
    { trx },
  );
}
