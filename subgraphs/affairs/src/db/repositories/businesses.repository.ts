import type { Kysely, Selectable } from '@jingtong/kit';
import type { AffairsDatabase } from '../tables/affairs-database.js';
import type { BusinessChannel, BusinessStatus, BusinessTable, BusinessType } from '../tables/business.table.js';
import { literalLike } from './like-pattern.js';

export type BusinessRow = Selectable<BusinessTable>;

export const findBusiness = (db: Kysely<AffairsDatabase>, id: string) => db.selectFrom('businesses').selectAll().where('id', '=', id).executeTakeFirst();

/** The business locked for a change: edits of it, of its draft and its publications happen one after the other. */
export const lockBusiness = (trx: Kysely<AffairsDatabase>, id: string) => trx.selectFrom('businesses').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export const businessWithNumber = (db: Kysely<AffairsDatabase>, number: string) => db.selectFrom('businesses').select('id').where('number', '=', number).executeTakeFirst();

export interface BusinessSearch {
  classId?: string;
  /** The start of the number or of the pinyin initials, or any part of the name. */
  search?: string;
  type?: BusinessType;
  status?: BusinessStatus;
  channel?: BusinessChannel;
  first: number;
}

/** Businesses by number; cancelled ones only when asked for by status. */
export function searchBusinesses(db: Kysely<AffairsDatabase>, filter: BusinessSearch) {
  let query = db.selectFrom('businesses').selectAll();
  if (filter.classId) query = query.where('class_id', '=', filter.classId);
  if (filter.type) query = query.where('type', '=', filter.type);
  query = filter.status ? query.where('status', '=', filter.status) : query.where('status', '!=', 'CANCELLED');
  if (filter.channel) query = query.where('channels', '@>', JSON.stringify([filter.channel]) as never);
  const search = filter.search?.trim();
  if (search) {
    const text = literalLike(search);
    const upper = literalLike(search.toUpperCase());
    query = query.where((eb) => eb.or([eb('number', 'like', `${upper}%`), eb('pinyin', 'like', `${upper}%`), eb('name', 'ilike', `%${text}%`)]));
  }
  return query.orderBy('number').limit(filter.first).execute();
}
