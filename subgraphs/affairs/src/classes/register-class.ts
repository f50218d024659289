import { randomUUID } from 'node:crypto';
import type { SignedInOfficer } from '@jingtong/kit';
import { activeClassNamed, type BusinessClassRow, classWithCode } from '../db/repositories/business-classes.repository.js';
import { uniqueViolation } from '../db/repositories/like-pattern.js';
import type { AffairsDeps } from '../deps.js';
import { refuse } from '../errors.js';
import { readClassCode, readClassDescription, readClassName } from './class-values.js';

export interface ClassInput {
  code: string;
  name: string;
  description?: string | null;
}

/** The unique index a concurrent registration ran into, as the refusal the check before it would have given. */
export function classConflict(error: unknown): Error {
  const constraint = uniqueViolation(error);
  if (constraint === 'business_classes_code_key') return refuse('BUSINESS_CLASS_CODE_TAKEN', 'code');
  if (constraint === 'business_classes_name_in_use') return refuse('BUSINESS_CLASS_NAME_TAKEN', 'name');
  return error as Error;
}

/** 业务类登记: a new class in use (状态 1), its code and name unique, audited with the change. */
export async function registerClass(deps: AffairsDeps, officer: SignedInOfficer, input: ClassInput, requestId: string): Promise<BusinessClassRow> {
  const code = readClassCode(input.code);
  const name = readClassName(input.name);
  const description = readClassDescription(input.description);
  return deps.database.db.transaction().execute(async (trx) => {
    if (await classWithCode(trx, code)) throw refuse('BUSINESS_CLASS_CODE_TAKEN', 'code');
    if (await activeClassNamed(trx, name)) throw refuse('BUSINESS_CLASS_NAME_TAKEN', 'name');
    const row = await trx
      .insertInto('business_classes')
      .values({ id: randomUUID(), code, name, description, cancelled_at: null })
      .returningAll()
      .executeTakeFirstOrThrow()
      .catch((error: unknown) => {
        throw classConflict(error);
      });
    await deps.audit.record({ action: 'BUSINESS_CLASS_REGISTERED', actorKind: 'officer', actorId: officer.id, targetKind: 'business_class', targetId: row.id, requestId, details: { code, name } }, { trx });
    return row;
  });
}
