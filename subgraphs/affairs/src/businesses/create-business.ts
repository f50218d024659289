import { randomUUID } from 'node:crypto';
import type { SignedInOfficer } from '@jingtong/kit';
import { insertDraft } from '../db/repositories/business-drafts.repository.js';
import { type BusinessRow, businessWithNumber } from '../db/repositories/businesses.repository.js';
import type { AffairsDeps } from '../deps.js';
import { refuse } from '../errors.js';
import { businessConflict, requireClassInUse } from './business-conflict.js';
import { businessColumns, type BusinessInputValues, readBusinessValues } from './business-values.js';

/**
 * 业务配置登记: a business of a class in use, closed until it is published and opened, with an empty draft; audited
 * with the change.
 */
export async function createBusiness(deps: AffairsDeps, officer: SignedInOfficer, input: BusinessInputValues, requestId: string): Promise<BusinessRow> {
  const values = readBusinessValues(input);
  return deps.database.db.transaction().execute(async (trx) => {
    await requireClassInUse(trx, values.classId);
    if (await businessWithNumber(trx, values.number)) throw refuse('BUSINESS_NUMBER_TAKEN', 'number');
    const row = await trx
      .insertInto('businesses')
      .values({ id: randomUUID(), ...businessColumns(values), cancelled_at: null })
      .returningAll()
      .executeTakeFirstOrThrow()
      .catch((error: unknown) => {
        throw businessConflict(error);
      });
    await insertDraft(trx, row.id, officer.id);
    const details = { number: row.number, name: row.name, classId: row.class_id, feeFen: row.fee_fen, type: row.type };
    await deps.audit.record({ action: 'BUSINESS_CREATED', actorKind: 'officer', actorId: officer.id, targetKind: 'business', targetId: row.id, requestId, details }, { trx });
    return row;
  });
}
