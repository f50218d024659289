import type { FieldCipher, Kysely } from '@jingtong/kit';
import type { IdentityDatabase } from '../../../db/identity-database.js';

type Db = Kysely<IdentityDatabase>;

export interface VehicleBinding {
  id: string;
  plate: string;
  boundAt: Date;
}

export interface LicenceBinding {
  id: string;
  licenceNumber: string;
  fileNumber: string;
  boundAt: Date;
}

const plateIdx = (cipher: FieldCipher, plate: string) => cipher.blindIndex(plate, 'plate');

export async function vehicleBindingsOf(db: Db, cipher: FieldCipher, citizenIds: readonly string[]): Promise<Map<string, VehicleBinding[]>> {
  const out = new Map<string, VehicleBinding[]>(citizenIds.map((id) => [id, []]));
  if (citizenIds.length === 0) return out;
  const rows = await db
    .selectFrom('vehicle_bindings')
    .select(['id', 'citizen_id', 'plate_enc', 'bound_at'])
    .where('citizen_id', 'in', [...citizenIds])
    .orderBy('bound_at')
    .orderBy('id')
    .execute();
  for (const r of rows) out.get(r.citizen_id)?.push({ id: r.id, plate: cipher.decrypt(r.plate_enc), boundAt: r.bound_at });
  return out;
}

export async function licenceBindingsOf(db: Db, cipher: FieldCipher, citizenIds: readonly string[]): Promise<Map<string, LicenceBinding>> {
  if (citizenIds.length === 0) return new Map();
  const rows = await db.selectFrom('licence_bindings').selectAll().where('citizen_id', 'in', [...citizenIds]).orderBy('bound_at').execute();
  return new Map(
    rows.map((r) => [
      r.citizen_id,
      { id: r.id, licenceNumber: cipher.decrypt(r.licence_number_enc), fileNumber: cipher.decrypt(r.file_number_enc), boundAt: r.bound_at },
    ]),
  );
}

/** The new binding's id, or undefined when the citizen had bound this plate already. */
export async function insertVehicleBinding(db: Db, cipher: FieldCipher, citizenId: string, plate: string): Promise<string | undefined> {
  const row = await db
    .insertInto('vehicle_bindings')
    .values({ citizen_id: citizenId, plate_enc: cipher.encrypt(plate), plate_idx: plateIdx(cipher, plate) })
    .onConflict((oc) => oc.columns(['citizen_id', 'plate_idx']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function insertLicenceBinding(db: Db, cipher: FieldCipher, citizenId: string, licenceNumber: string, fileNumber: string): Promise<string | undefined> {
  const row = await db
    .insertInto('licence_bindings')
    .values({
      citizen_id: citizenId,
      licence_number_enc: cipher.encrypt(licenceNumber),
      licence_number_idx: cipher.blindIndex(licenceNumber, 'licence_number'),
      file_number_enc: cipher.encrypt(fileNumber),
    })
    .onConflict((oc) => oc.columns(['citizen_id', 'licence_number_idx']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function deleteVehicleBinding(db: Db, cipher: FieldCipher, citizenId: string, plate: string): Promise<string | undefined> {
  const row = await db
    .deleteFrom('vehicle_bindings')
    .where('citizen_id', '=', citizenId)
    .where('plate_idx', '=', plateIdx(cipher, plate))
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function deleteLicenceBinding(db: Db, citizenId: string): Promise<string | undefined> {
  const row = await db.deleteFrom('licence_bindings').where('citizen_id', '=', citizenId).returning('id').executeTakeFirst();
  return row?.id;
}

export async function hasVehicleBinding(db: Db, cipher: FieldCipher, citizenId: string, plate: string): Promise<boolean> {
  const row = await db.selectFrom('vehicle_bindings').select('id').where('citizen_id', '=', citizenId).where('plate_idx', '=', plateIdx(cipher, plate)).executeTakeFirst();
  return row !== undefined;
}

export async function countVehicleBindings(db: Db, citizenId: string): Promise<number> {
  const row = await db.selectFrom('vehicle_bindings').select((eb) => eb.fn.countAll<string>().as('n')).where('citizen_id', '=', citizenId).executeTakeFirstOrThrow();
  return Number(row.n);
}
