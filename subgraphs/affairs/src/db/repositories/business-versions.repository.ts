import type { Insertable, Kysely, Selectable } from '@jingtong/kit';
import type { AffairsDatabase } from '../tables/affairs-database.js';
import type { BusinessVersionTable } from '../tables/business-version.table.js';

export type BusinessVersionRow = Selectable<BusinessVersionTable>;

/** Newest first. */
export const versionsOf = (db: Kysely<AffairsDatabase>, businessId: string) =>
  db.selectFrom('business_versions').selectAll().where('business_id', '=', businessId).orderBy('version', 'desc').execute();

/** The current version: the latest published. */
export const latestVersion = (db: Kysely<AffairsDatabase>, businessId: string) =>
  db.selectFrom('business_versions').selectAll().where('business_id', '=', businessId).orderBy('version', 'desc').limit(1).executeTakeFirst();

export const findVersion = (db: Kysely<AffairsDatabase>, businessId: string, version: number) =>
  db.selectFrom('business_versions').selectAll().where('business_id', '=', businessId).where('version', '=', version).executeTakeFirst();

/** JSON members as the driver takes them (Kysely's row types are the values read back). */
export type NewVersion = Omit<Insertable<BusinessVersionTable>, 'flow' | 'fields' | 'materials'> & Pick<BusinessVersionRow, 'flow' | 'fields' | 'materials'>;

export const insertVersion = (trx: Kysely<AffairsDatabase>, version: NewVersion) =>
  trx
    .insertInto('business_versions')
    .values({ ...version, flow: JSON.stringify(version.flow) as never, fields: JSON.stringify(version.fields) as never, materials: JSON.stringify(version.materials) as never })
    .returningAll()
    .executeTakeFirstOrThrow();
