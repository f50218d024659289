import type { SignedInOfficer } from '@jingtong/kit';
import { latestVersion } from '../db/repositories/business-versions.repository.js';
import { type BusinessRow, lockBusiness } from '../db/repositories/businesses.repository.js';
import type { AffairsDeps } from '../deps.js';
import { refuse } from '../errors.js';

/** 业务状态（开通、关闭）: only a published business opens, so citizens never find one with nothing to apply for. */
export async function setBusinessOpen(deps: AffairsDeps, officer: SignedInOfficer, id: string, open: boolean, requestId: string): Promise<BusinessRow> {
  return deps.database.db.transaction().execute(async (trx) => {
    const before = await lockBusiness(trx, id);
    if (!before) throw refuse('BUSINESS_NOT_FOUND', 'id');
    if (before.status === 'CANCELLED') throw refuse('BUSINESS_CANCELLED', 'id');
    const status = open ? 'OPEN' : 'CLOSED';
    if (before.status === status) return before;
    if (open && !(await latestVersion(trx, id))) throw refuse('BUSINESS_NOT_PUBLISHED', 'id');
    const after = await trx.updateTable('businesses').set({ status, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    await deps.audit.record({ action: open ? 'BUSINESS_OPENED' : 'BUSINESS_CLOSED', actorKind: 'officer', actorId: officer.id, targetKind: 'business', targetId: id, requestId, details: { number: before.number } }, { trx });
    return after;
  });
}
