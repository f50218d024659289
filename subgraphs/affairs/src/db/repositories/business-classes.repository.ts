import type { Kysely, Selectable } from '@jingtong/kit';
import type { AffairsDatabase } from '../tables/affairs-database.js';
import type { BusinessClassTable } from '../tables/business-class.table.js';
import { literalLike } from './like-pattern.js';

export type BusinessClassRow = Selectable<BusinessClassTable>;

export const findClass = (db: Kysely<AffairsDatabase>, id: string) => db.selectFrom('business_classes').selectAll().where('id', '=', id).executeTakeFirst();

export const findClasses = (db: Kysely<AffairsDatabase>, ids: readonly string[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.selectFrom('business_classes').selectAll().where('id', 'in', [...ids]).execute();

/** The class locked for a change: a rename, a cancellation and new businesses of it happen one after the other. */
export const lockClass = (trx: Kysely<AffairsDatabase>, id: string) => trx.selectFrom('business_classes').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

/** The class as a new or moved business sees it: shared, so a cancellation waits for the business and sees it. */
export const shareClass = (trx: Kysely<AffairsDatabase>, id: string) => trx.selectFrom('business_classes').selectAll().where('id', '=', id).forShare().executeTakeFirst();

export const classWithCode = (db: Kysely<AffairsDatabase>, code: string) => db.selectFrom('business_classes').select('id').where('code', '=', code).executeTakeFirst();

/** A class in use with this name, other than `except`. */
export const activeClassNamed = (db: Kysely<AffairsDatabase>, name: string, except?: string) => {
  let query = db.selectFrom('business_classes').select('id').where('name', '=', name).where('status', '=', 'ACTIVE');
  if (except) query = query.where('id', '!=', except);
  return query.executeTakeFirst();
};

/** Classes by code; `search` matches the start of the code or any part of the name. */
export function searchClasses(db: Kysely<AffairsDatabase>, options: { search?: string; includeCancelled: boolean }) {
  let query = db.selectFrom('business_classes').selectAll();
  if (!options.includeCancelled) query = query.where('status', '=', 'ACTIVE');
  const search = options.search?.trim();
  if (search) {
    const text = literalLike(search);
    query = query.where((eb) => eb.or([eb('code', 'like', `${text}%`), eb('name', 'ilike', `%${text}%`)]));
  }
  return query.orderBy('code').limit(100).execute();
}
