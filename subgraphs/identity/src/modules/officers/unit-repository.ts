import type { FieldCipher, Kysely } from '@jingtong/kit';
import type { IdentityDatabase } from '../../db/identity-database.js';
import type { UnitRow } from './tables/unit.table.js';

type Db = Kysely<IdentityDatabase>;

export interface Unit {
  code: string;
  name: string;
  regionCode: string;
  parentCode: string | null;
  dutyPhone: string | null;
}

export const toUnit = (row: UnitRow, cipher: FieldCipher): Unit => ({
  code: row.code,
  name: row.name,
  regionCode: row.region_code,
  parentCode: row.parent_code,
  dutyPhone: row.duty_phone_enc ? cipher.decrypt(row.duty_phone_enc) : null,
});

export const findUnit = (db: Db, code: string) => db.selectFrom('units').selectAll().where('code', '=', code).executeTakeFirst();

export const listUnits = (db: Db, prefix: string) => db.selectFrom('units').selectAll().where('code', 'like', `${prefix}%`).orderBy('code').execute();
