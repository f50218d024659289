import type { Kysely } from '@jingtong/kit';
import { findClasses } from '../db/repositories/business-classes.repository.js';
import type { BusinessRow } from '../db/repositories/businesses.repository.js';
import type { AffairsDatabase } from '../db/tables/affairs-database.js';
import { BusinessClass } from '../schema/business-class.type.js';
import { Business } from '../schema/business.type.js';

/** Businesses with their classes, read by reference in one query for the whole list. */
export async function toBusinesses(db: Kysely<AffairsDatabase>, rows: readonly BusinessRow[]): Promise<Business[]> {
  const classes = new Map((await findClasses(db, [...new Set(rows.map((r) => r.class_id))])).map((c) => [c.id, BusinessClass.from(c)]));
  return rows.map((row) => {
    const businessClass = classes.get(row.class_id);
    if (!businessClass) throw new Error(`business ${row.id}: class ${row.class_id} is missing`);
    return Business.from(row, businessClass);
  });
}

export const toBusiness = async (db: Kysely<AffairsDatabase>, row: BusinessRow) => (await toBusinesses(db, [row]))[0];
