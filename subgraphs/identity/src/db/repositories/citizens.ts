import type { FieldCipher, Kysely } from '@jingtong/kit';
import type { CitizenRow, IdentityDatabase } from '../tables/citizen.table.js';

export interface Citizen {
  id: string;
  idNumber: string;
  name: string;
  assuranceLevel: number;
  createdAt: Date;
}

const toCitizen = (row: CitizenRow, cipher: FieldCipher): Citizen => ({
  id: row.id,
  idNumber: cipher.decrypt(row.id_number_enc),
  name: cipher.decrypt(row.name_enc),
  assuranceLevel: row.assurance_level,
  createdAt: row.created_at,
});

export async function findCitizensByIds(db: Kysely<IdentityDatabase>, cipher: FieldCipher, ids: readonly string[]): Promise<Citizen[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('citizens').selectAll().where('id', 'in', [...ids]).execute();
  return rows.map((r) => toCitizen(r, cipher));
}

/** Insert or refresh by ID number (looked up through its blind index); safe under concurrent sign-ins. */
export async function upsertCitizen(
  db: Kysely<IdentityDatabase>,
  cipher: FieldCipher,
  person: { idNumber: string; name: string; assuranceLevel: number },
): Promise<Citizen> {
  const row = await db
    .insertInto('citizens')
    .values({
      id_number_enc: cipher.encrypt(person.idNumber),
      id_number_idx: cipher.blindIndex(person.idNumber, 'id_number'),
      name_enc: cipher.encrypt(person.name),
      assurance_level: person.assuranceLevel,
      last_sign_in_at: new Date(),
    })
    .onConflict((oc) =>
      oc.column('id_number_idx').doUpdateSet((eb) => ({
        last_sign_in_at: new Date(),
        assurance_level: eb.fn('greatest', [eb.ref('citizens.assurance_level'), eb.ref('excluded.assurance_level')]),
      })),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
  return toCitizen(row, cipher);
}
