import type { SignedInOfficer } from '@jingtong/kit';
import { type BusinessClassRow, lockClass } from '../db/repositories/business-classes.repository.js';
import type { AffairsDeps } from '../deps.js';
import { refuse } from '../errors.js';

export interface CancelledClass {
  row: BusinessClassRow;
  /** The numbers of the businesses cancelled with it. */
  businesses: string[];
}

/**
 * 业务类取消: the class stops (状态 0) and every business of it is cancelled with it, in one transaction with an
 * audit row for the class and one for each business. The rows stay: their published versions still point at them.
 */
export async function cancelClass(deps: AffairsDeps, officer: SignedInOfficer, id: string, requestId: string): Promise<CancelledClass> {
  return deps.database.db.transaction().execute(async (trx) => {
    const before = await lockClass(trx, id);
    if (!before) throw refuse('BUSINESS_CLASS_NOT_FOUND', 'id');
    if (before.status === 'CANCELLED') throw refuse('BUSINESS_CLASS_CANCELLED', 'id');
    const now = new Date();
    const row = await trx.updateTable('business_classes').set({ status: 'CANCELLED', cancelled_at: now, updated_at: now }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    const cancelled = await trx
      .updateTable('businesses')
      .set({ status: 'CANCELLED', cancelled_at: now, updated_at: now })
      .where('class_id', '=', id)
      .where('status', '!=', 'CANCELLED')
      .returning(['id', 'number'])
      .execute();
    const numbers = cancelled.map((b) => b.number).sort();
    const actor = { actorKind: 'officer', actorId: officer.id, requestId } as const;
    await deps.audit.record({ ...actor, action: 'BUSINESS_CLASS_CANCELLED', targetKind: 'business_class', targetId: id, details: { code: before.code, businesses: numbers } }, { trx });
    for (const business of cancelled) {
      await deps.audit.record({ ...actor, action: 'BUSINESS_CANCELLED', targetKind: 'business', targetId: business.id, details: { number: business.number, classId: id, reason: 'CLASS_CANCELLED' } }, { trx });
    }
    return { row, businesses: numbers };
  });
}
