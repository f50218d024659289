import { sql, type FieldCipher, type Kysely } from '@jingtong/kit';
import type { IdentityDatabase } from '../../../db/identity-database.js';
import type { CitizenRow } from '../tables/citizen.table.js';

export interface Citizen {
  id: string;
  /** Null until verified (level 0 citizens). */
  idNumber: string | null;
  name: string | null;
  phone: string | null;
  assuranceLevel: number;
  createdAt: Date;
}

export const toCitizen = (row: CitizenRow, cipher: FieldCipher): Citizen => ({
  id: row.id,
  idNumber: row.id_number_enc ? cipher.decrypt(row.id_number_enc) : null,
  name: row.name_enc ? cipher.decrypt(row.name_enc) : null,
  phone: row.phone_enc ? cipher.decrypt(row.phone_enc) : null,
  assuranceLevel: row.assurance_level,
  createdAt: row.created_at,
});

/**
 * Citizens by id. A retired record (merged into another, see real-name merge) answers as the citizen
 * it was merged into, so a token issued before the merge still reaches the person.
 */
export async function findCitizensByIds(db: Kysely<IdentityDatabase>, cipher: FieldCipher, ids: readonly string[]): Promise<Map<string, Citizen>> {
  const out = new Map<string, Citizen>();
  let pending = new Map<string, string[]>(ids.map((id) => [id, [id]]));
  for (let hop = 0; hop < 3 && pending.size > 0; hop++) {
    const rows = await db.selectFrom('citizens').selectAll().where('id', 'in', [...pending.keys()]).execute();
    const next = new Map<string, string[]>();
    for (const row of rows) {
      const askedFor = pending.get(row.id) ?? [];
      if (row.merged_into) next.set(row.merged_into, [...(next.get(row.merged_into) ?? []), ...askedFor]);
      else for (const asked of askedFor) out.set(asked, toCitizen(row, cipher));
    }
    pending = next;
  }
  return out;
}

export async function findCitizenByIdNumber(db: Kysely<IdentityDatabase>, cipher: FieldCipher, idNumber: string): Promise<Citizen | null> {
  const row = await db.selectFrom('citizens').selectAll().where('id_number_idx', '=', cipher.blindIndex(idNumber, 'id_number')).executeTakeFirst();
  return row ? toCitizen(row, cipher) : null;
}

/** Insert or refresh by ID number (looked up through its blind index); safe under concurrent sign-ins. */
export async function upsertCitizen(
  db: Kysely<IdentityDatabase>,
  cipher: FieldCipher,
  person: { idNumber: string; name: string; assuranceLevel: number },
): Promise<Citizen & { created: boolean }> {
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
    // xmax = 0 only on a freshly inserted row: tells a registration from a returning citizen.
    .returning(sql<boolean>`(xmax = 0)`.as('created'))
    .executeTakeFirstOrThrow();
  const { created, ...citizen } = row as typeof row & { created: boolean };
  return { ...toCitizen(citizen as CitizenRow, cipher), created };
}
