import { callPeer, defineJobHandlers, enqueueJob, type Job } from '@jingtong/kit';
import { findAttempt, findOrder } from '../db/repositories/orders.repository.js';
import type { PaymentDeps } from '../deps.js';
import { closeOrder } from '../orders/close-order.js';
import { ChannelRefusal } from '../channels/payment-channel.js';
import { recordPayment } from '../orders/record-payment.js';
import { recordRefund } from '../refunds/record-refund.js';
import { reconciliationJob } from '../reconciliation/reconciliation-job.js';
import { PAYMENT_JOBS } from './job-kinds.js';

/** Longest wait between two questions about one trade. */
const MAX_SETTLE_WAIT_MS = 60 * 60_000;

export function paymentJobs(deps: PaymentDeps) {
  return defineJobHandlers({
    [PAYMENT_JOBS.expire]: async (job: Job<{ orderId: string }>) => {
      await closeOrder(deps, job.payload.orderId, `job:${job.id}`);
    },

    /** A trade no notification settled: asked again at doubling intervals until it is paid or its order is no longer payable. */
    [PAYMENT_JOBS.settle]: async (job: Job<{ outTradeNo: string; round: number }>) => {
      const { outTradeNo, round } = job.payload;
      const attempt = await findAttempt(deps.database.db, outTradeNo);
      if (attempt?.state !== 'OPEN') return;
      const order = await findOrder(deps.database.db, attempt.order_id);
      if (order?.status !== 'UNPAID') return;
      const trade = await deps.channels[attempt.channel].query(outTradeNo);
      if (trade.state === 'PAID' && trade.tradeNo && trade.amountFen !== undefined) {
        await recordPayment(deps, { channel: attempt.channel, outTradeNo, tradeNo: trade.tradeNo, amountFen: trade.amountFen, paidAt: trade.paidAt ?? new Date() }, `job:${job.id}`);
        return;
      }
      // Still open: the expiry job closes it; until then, ask again later.
      if (order.expires_at.getTime() <= Date.now()) return;
      const waitMs = Math.min(deps.env.PAYMENT_SETTLE_AFTER_MS * 2 ** round, MAX_SETTLE_WAIT_MS);
      await enqueueJob(deps.database.db, { kind: PAYMENT_JOBS.settle, key: `${outTradeNo}:${round + 1}`, payload: { outTradeNo, round: round + 1 }, delayMs: waitMs });
    },

    /**
     * A refund (an officer's, or a duplicate payment's), sent to the channel (idempotent there by its request number): confirmed → recorded;
     * still processing → asked again with the job's backoff; refused → failed for good, audited.
     */
    [PAYMENT_JOBS.refund]: async (job: Job<{ refundId: string }>) => {
      const refund = await deps.database.db.selectFrom('payment_refunds').selectAll().where('id', '=', job.payload.refundId).executeTakeFirst();
      if (refund?.state !== 'REQUESTED') return;
      const order = await findOrder(deps.database.db, refund.order_id);
      // An officer's refund goes back through the order's paid trade; a duplicate payment's through its own.
      const channel = refund.channel ?? order?.channel;
      const outTradeNo = refund.out_trade_no ?? order?.out_trade_no;
      if (!order || !channel || !outTradeNo) return;
      let state: 'SUCCEEDED' | 'PROCESSING' | 'FAILED';
      let failure = 'CHANNEL_FAILED';
      try {
        state = await deps.channels[channel].refund({ outTradeNo, outRequestNo: refund.out_request_no, amountFen: refund.amount_fen, totalFen: order.amount_fen, reason: refund.reason, notifyUrl: `${deps.notifyBaseUrl}/notify/${channel.toLowerCase()}` });
      } catch (error) {
        if (!(error instanceof ChannelRefusal)) throw error;
        state = 'FAILED';
        failure = error.code;
      }
      if (state === 'SUCCEEDED') {
        await recordRefund(deps, refund.out_request_no, `job:${job.id}`);
        return;
      }
      if (state === 'PROCESSING') throw new Error('REFUND_PROCESSING: the channel has not finished the refund yet');
      await deps.database.db.transaction().execute(async (trx) => {
        await trx.updateTable('payment_refunds').set({ state: 'FAILED', failure, completed_at: new Date() }).where('id', '=', refund.id).where('state', '=', 'REQUESTED').execute();
        await deps.audit.record({ action: 'REFUND_FAILED', actorKind: 'system', actorId: 'payment', targetKind: 'payment_order', targetId: order.id, requestId: `job:${job.id}`, details: { refundId: refund.id, failure } }, { trx });
      });
    },

    /** The owner is told its payable is paid; it keys its effect by the order id (at least once, idempotent there). */
    [PAYMENT_JOBS.fulfil]: async (job: Job<{ orderId: string }>, { signal }) => {
      const order = await findOrder(deps.database.db, job.payload.orderId);
      if (!order?.paid_at) return;
      await callPeer({
        baseUrl: deps.peerUrl(order.payable_subgraph),
        path: '/internal/payables/paid',
        body: { orderId: order.id, payable: { type: order.payable_type, id: order.payable_id }, amountFen: order.amount_fen, paidAt: order.paid_at.toISOString(), channel: order.channel },
        from: 'payment',
        secret: deps.env.CALLER_SIGNING_SECRET,
        key: order.id,
        signal,
      });
      await deps.audit.record({ action: 'PAYMENT_FULFILLED', actorKind: 'system', actorId: 'payment', targetKind: 'payment_order', targetId: order.id, requestId: `job:${job.id}`, details: { owner: order.payable_subgraph } });
    },

    /** Every channel's bill of a Beijing day against the ledger (the daily schedule, or an officer's date). */
    [PAYMENT_JOBS.reconcile]: reconciliationJob(deps),
  });
}
