import type { SignedInOfficer } from '@jingtong/kit';
import type { DifferenceResolution } from '../db/tables/reconciliation-difference.table.js';
import type { PaymentDeps } from '../deps.js';
import type { PaymentErrorCode } from '../errors.js';

export interface DifferenceResolutionRequest {
  id: string;
  resolution: DifferenceResolution;
  note: string;
}

export type ResolveDifferenceResult = { ok: true } | { ok: false; code: PaymentErrorCode; field?: string };

/**
 * An officer says how a difference was settled (refunded to the payer, recorded by hand, corrected by the
 * channel, or not a difference after all), once: on the difference's row lock, with its audit row. The note
 * stays on the difference; the audit row carries the codes only.
 */
export async function resolveDifference(deps: Pick<PaymentDeps, 'database' | 'audit'>, officer: SignedInOfficer, request: DifferenceResolutionRequest, requestId: string): Promise<ResolveDifferenceResult> {
  return deps.database.db.transaction().execute(async (trx) => {
    const difference = await trx.selectFrom('payment_reconciliation_differences').selectAll().where('id', '=', request.id).forUpdate().executeTakeFirst();
    if (!difference) return { ok: false, code: 'DIFFERENCE_NOT_FOUND', field: 'id' } as const;
    if (difference.resolved_at) return { ok: false, code: 'DIFFERENCE_ALREADY_RESOLVED', field: 'id' } as const;
    await trx
      .updateTable('payment_reconciliation_differences')
      .set({ resolution: request.resolution, note: request.note, resolved_by: officer.id, resolved_at: new Date() })
      .where('id', '=', difference.id)
      .execute();
    await deps.audit.record(
      {
        action: 'RECONCILIATION_DIFFERENCE_RESOLVED',
        actorKind: 'officer',
        actorId: officer.id,
        targetKind: 'reconciliation_difference',
        targetId: difference.id,
        requestId,
        details: { resolution: request.resolution, kind: difference.kind, entryKind: difference.entry_kind, date: difference.bill_date, channel: difference.channel, orderId: difference.order_id },
      },
      { trx },
    );
    return { ok: true } as const;
  });
}
