import { enqueueJob, type SignedInOfficer } from '@jingtong/kit';
import type { PaymentDeps } from '../deps.js';
import type { PaymentErrorCode } from '../errors.js';
import { PAYMENT_JOBS } from '../jobs/job-kinds.js';
import { beijingDate } from '../time/beijing-day.js';
import type { ReconciliationJobPayload } from './reconciliation-job.js';

export type RequestReconciliationResult = { ok: true } | { ok: false; code: PaymentErrorCode; field: string };

/**
 * An officer asks for a day to be reconciled now (today's bill so far, or a day again after a channel
 * corrected its bill): the scheduled job's kind with a key of its own, so it runs however often it is asked
 * and never moves the schedule; enqueued with its audit row in one transaction.
 */
export async function requestReconciliation(deps: Pick<PaymentDeps, 'database' | 'audit'>, officer: SignedInOfficer, date: string, requestId: string): Promise<RequestReconciliationResult> {
  if (date > beijingDate(Date.now())) return { ok: false, code: 'RECONCILIATION_DATE_INVALID', field: 'date' };
  await deps.database.db.transaction().execute(async (trx) => {
    const payload: ReconciliationJobPayload = { date, officerId: officer.id };
    await enqueueJob(trx, { kind: PAYMENT_JOBS.reconcile, key: `officer:${date}:${requestId}`, payload });
    await deps.audit.record({ action: 'RECONCILIATION_REQUESTED', actorKind: 'officer', actorId: officer.id, targetKind: 'reconciliation_day', targetId: date, requestId }, { trx });
  });
  return { ok: true };
}
