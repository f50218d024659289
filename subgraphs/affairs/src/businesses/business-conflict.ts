import type { Kysely } from '@jingtong/kit';
import { shareClass } from '../db/repositories/business-classes.repository.js';
import { uniqueViolation } from '../db/repositories/like-pattern.js';
import type { AffairsDatabase } from '../db/tables/affairs-database.js';
import { refuse } from '../errors.js';

/** A business's class must be in use: read shared, so a cancellation of it waits for this change and then sees it. */
export async function requireClassInUse(trx: Kysely<AffairsDatabase>, classId: string): Promise<void> {
  const businessClass = await shareClass(trx, classId);
  if (!businessClass) throw refuse('BUSINESS_CLASS_NOT_FOUND', 'classId');
  if (businessClass.status === 'CANCELLED') throw refuse('BUSINESS_CLASS_CANCELLED', 'classId');
}

/** A concurrent business with the same number, as the check before it would have refused it. */
export function businessConflict(error: unknown): Error {
  return uniqueViolation(error) === 'businesses_number_key' ? refuse('BUSINESS_NUMBER_TAKEN', 'number') : (error as Error);
}
