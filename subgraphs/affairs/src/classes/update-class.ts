import type { SignedInOfficer } from '@jingtong/kit';
import { activeClassNamed, type BusinessClassRow, lockClass } from '../db/repositories/business-classes.repository.js';
import type { AffairsDeps } from '../deps.js';
import { refuse } from '../errors.js';
import { readClassDescription, readClassName } from './class-values.js';
import { classConflict } from './register-class.js';

export interface ClassChange {
  id: string;
  name: string;
  description?: string | null;
}

/**
 * 业务类变更: only the name and the introduction change (the code never does), the name still unique. Businesses
 * name the class by id, so every one of them reads the new name at once; nothing else needs correcting.
 */
export async function updateClass(deps: AffairsDeps, officer: SignedInOfficer, change: ClassChange, requestId: string): Promise<BusinessClassRow> {
  const name = readClassName(change.name);
  const description = readClassDescription(change.description);
  return deps.database.db.transaction().execute(async (trx) => {
    const before = await lockClass(trx, change.id);
    if (!before) throw refuse('BUSINESS_CLASS_NOT_FOUND', 'id');
    if (before.status === 'CANCELLED') throw refuse('BUSINESS_CLASS_CANCELLED', 'id');
    if (await activeClassNamed(trx, name, before.id)) throw refuse('BUSINESS_CLASS_NAME_TAKEN', 'name');
    const after = await trx
      .updateTable('business_classes')
      .set({ name, description, updated_at: new Date() })
      .where('id', '=', before.id)
      .returningAll()
      .executeTakeFirstOrThrow()
      .catch((error: unknown) => {
        throw classConflict(error);
      });
    const details = { before: { name: before.name, description: before.description }, after: { name, description } };
    await deps.audit.record({ action: 'BUSINESS_CLASS_UPDATED', actorKind: 'officer', actorId: officer.id, targetKind: 'business_class', targetId: before.id, requestId, details }, { trx });
    return after;
  });
}
