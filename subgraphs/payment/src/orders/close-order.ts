import type { PaymentDeps } from '../deps.js';
import { attemptsOf } from '../db/repositories/orders.repository.js';
import { recordPayment } from './record-payment.js';

/**
 * At expiry: every open trade of the order is asked first (a payment whose notification is still on its way
 * wins over the clock) and closed at its channel, then the order closes — only if it is still unpaid, so a
 * late close never un-pays anything. A channel that does not answer makes the job try again.
 */
export async function closeOrder(deps: PaymentDeps, orderId: string, requestId: string): Promise<'CLOSED' | 'PAID' | 'UNCHANGED'> {
  const { db } = deps.database;
  for (const attempt of await attemptsOf(db, orderId)) {
    if (attempt.state !== 'OPEN') continue;
    const channel = deps.channels[attempt.channel];
    const trade = await channel.query(attempt.out_trade_no);
    if (trade.state === 'PAID' && trade.tradeNo && trade.amountFen !== undefined) {
      await recordPayment(deps, { channel: attempt.channel, outTradeNo: attempt.out_trade_no, tradeNo: trade.tradeNo, amountFen: trade.amountFen, paidAt: trade.paidAt ?? new Date() }, requestId);
      return 'PAID';
    }
    if (trade.state === 'PENDING' || trade.state === 'NOT_FOUND') await channel.close(attempt.out_trade_no);
    await db.updateTable('payment_attempts').set({ state: 'CLOSED' }).where('out_trade_no', '=', attempt.out_trade_no).where('state', '=', 'OPEN').execute();
  }
  return db.transaction().execute(async (trx) => {
    const closed = await trx.updateTable('payment_orders').set({ status: 'CLOSED', closed_at: new Date(), updated_at: new Date() }).where('id', '=', orderId).where('status', '=', 'UNPAID').returning('id').executeTakeFirst();
    if (!closed) return 'UNCHANGED' as const;
    await deps.audit.record({ action: 'PAYMENT_ORDER_CLOSED', actorKind: 'system', actorId: 'payment', targetKind: 'payment_order', targetId: orderId, requestId, details: { reason: 'EXPIRED' } }, { trx });
    return 'CLOSED' as const;
  });
}
