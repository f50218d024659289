import type { PaidOutcome, PayablePaid } from '@jingtong/kit';
import { FinePaymentRefused } from '@jingtong/legacy-clients/traffic';
import type { TrafficDeps } from '../deps.js';

/**
 * The payment centre says a fine's order is paid (at least once per order): the platform is told (缴款回写,
 * idempotent by order number there too), then the row. A refusal — the amount no longer matches, the fine was
 * paid by another order — is permanent: recorded, audited, and left to an officer (the payment job's dead
 * letter). A platform outage throws, and the payment centre asks again.
 */
export async function recordFinePaid(deps: TrafficDeps, notice: PayablePaid, requestId: string): Promise<PaidOutcome> {
  const row = await deps.database.db.selectFrom('fine_payments').selectAll().where('order_id', '=', notice.orderId).executeTakeFirst();
  if (!row || notice.payable.type !== 'Violation' || row.violation_id !== notice.payable.id) return { outcome: 'refused', code: 'UNKNOWN_ORDER' };
  if (row.state === 'RECORDED') return { outcome: 'done' };
  if (row.state === 'REFUSED') return { outcome: 'refused', code: row.refusal ?? 'REFUSED' };
  try {
    const receipt = await deps.traffic.payViolationFine({ violationId: row.violation_id, amountFen: notice.amountFen, orderNumber: notice.orderId, paidAt: notice.paidAt }, { requestId });
    await deps.database.db.transaction().execute(async (trx) => {
      await trx.updateTable('fine_payments').set({ state: 'RECORDED', receipt_number: receipt.receiptNumber, updated_at: new Date() }).where('order_id', '=', row.order_id).execute();
      await deps.audit.record({ action: 'FINE_PAYMENT_RECORDED', actorKind: 'system', actorId: 'payment', targetKind: 'violation', targetId: row.violation_id, requestId, details: { orderId: row.order_id, amountFen: notice.amountFen } }, { trx });
    });
    return { outcome: 'done' };
  } catch (error) {
    if (!(error instanceof FinePaymentRefused)) throw error;
    await deps.database.db.transaction().execute(async (trx) => {
      await trx.updateTable('fine_payments').set({ state: 'REFUSED', refusal: error.reason, updated_at: new Date() }).where('order_id', '=', row.order_id).execute();
      await deps.audit.record({ action: 'FINE_PAYMENT_REFUSED', actorKind: 'system', actorId: 'payment', targetKind: 'violation', targetId: row.violation_id, requestId, details: { orderId: row.order_id, reason: error.reason, expectedFen: error.expectedFen } }, { trx });
    });
    return { outcome: 'refused', code: error.reason };
  }
}
