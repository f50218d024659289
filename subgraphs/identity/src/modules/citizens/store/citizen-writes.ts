import type { FieldCipher, Kysely } from '@jingtong/kit';
import type { IdentityDatabase } from '../../../db/identity-database.js';

type Db = Kysely<IdentityDatabase>;

/** A citizen known only by a channel account (WeChat or phone first): level 0, no ID number yet. */
export async function insertUnverifiedCitizen(db: Db, cipher: FieldCipher, phone?: string): Promise<string> {
  const row = await db
    .insertInto('citizens')
    .values({
      id_number_enc: null,
      id_number_idx: null,
      name_enc: null,
      phone_enc: phone ? cipher.encrypt(phone) : null,
      phone_idx: phone ? cipher.blindIndex(phone, 'phone') : null,
      last_sign_in_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export const lockCitizen = (db: Db, id: string) => db.selectFrom('citizens').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export const lockCitizenByIdNumber = (db: Db, cipher: FieldCipher, idNumber: string) =>
  db.selectFrom('citizens').selectAll().where('id_number_idx', '=', cipher.blindIndex(idNumber, 'id_number')).forUpdate().executeTakeFirst();

export const touchCitizen = (db: Db, id: string) => db.updateTable('citizens').set({ last_sign_in_at: new Date() }).where('id', '=', id).execute();

/** Levels only go up: the highest verification counts. Returns the level now in force. */
export async function raiseAssuranceLevel(db: Db, id: string, level: number): Promise<number> {
  const row = await db
    .updateTable('citizens')
    .set((eb) => ({ assurance_level: eb.fn('greatest', [eb.ref('assurance_level'), eb.val(level)]) }))
    .where('id', '=', id)
    .returning('assurance_level')
    .executeTakeFirstOrThrow();
  return row.assurance_level;
}
