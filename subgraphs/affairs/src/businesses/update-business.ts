import type { SignedInOfficer } from '@jingtong/kit';
import { type BusinessRow, businessWithNumber, lockBusiness } from '../db/repositories/businesses.repository.js';
import type { AffairsDeps } from '../deps.js';
import { refuse } from '../errors.js';
import { businessConflict, requireClassInUse } from './business-conflict.js';
import { businessColumns, type BusinessInputValues, readBusinessValues } from './business-values.js';

type Columns = ReturnType<typeof businessColumns>;

/** The columns that differ, before and after, for the audit row (channels compared as the JSON they are stored as). */
function differences(before: BusinessRow, after: Columns) {
  const changed: Record<string, { before: unknown; after: unknown }> = {};
  for (const [key, value] of Object.entries(after) as Array<[keyof Columns, unknown]>) {
    const old = key === 'channels' ? JSON.stringify(before.channels) : before[key];
    if (old !== value) changed[key] = { before: before[key], after: key === 'channels' ? JSON.parse(value as string) : value };
  }
  return changed;
}

/** 业务配置修改: the whole form of basic attributes replaced; moving to another class needs one in use. */
export async function updateBusiness(deps: AffairsDeps, officer: SignedInOfficer, id: string, input: BusinessInputValues, requestId: string): Promise<BusinessRow> {
  const values = readBusinessValues(input);
  return deps.database.db.transaction().execute(async (trx) => {
    const before = await lockBusiness(trx, id);
    if (!before) throw refuse('BUSINESS_NOT_FOUND', 'id');
    if (before.status === 'CANCELLED') throw refuse('BUSINESS_CANCELLED', 'id');
    if (values.classId !== before.class_id) await requireClassInUse(trx, values.classId);
    if (values.number !== before.number && (await businessWithNumber(trx, values.number))) throw refuse('BUSINESS_NUMBER_TAKEN', 'number');
    const columns = businessColumns(values);
    const changed = differences(before, columns);
    if (Object.keys(changed).length === 0) return before;
    const after = await trx
      .updateTable('businesses')
      .set({ ...columns, updated_at: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow()
      .catch((error: unknown) => {
        throw businessConflict(error);
      });
    await deps.audit.record({ action: 'BUSINESS_UPDATED', actorKind: 'officer', actorId: officer.id, targetKind: 'business', targetId: id, requestId, details: { number: after.number, changed } }, { trx });
    return after;
  });
}
