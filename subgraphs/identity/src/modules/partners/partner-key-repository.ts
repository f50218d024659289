import { sql, type Kysely } from '@jingtong/kit';
import type { IdentityDatabase } from '../../db/identity-database.js';
import type { PartnerKeyRow } from './tables/partner-key.table.js';

type Db = Kysely<IdentityDatabase>;

export type PartnerKeyWithPartner = PartnerKeyRow & { partner_name: string; active: boolean };

const withPartner = (db: Db) =>
  db
    .selectFrom('partner_keys')
    .innerJoin('partners', 'partners.id', 'partner_keys.partner_id')
    .selectAll('partner_keys')
    .select([
      'partners.name as partner_name',
      sql<boolean>`partner_keys.revoked_at is null and (partner_keys.expires_at is null or partner_keys.expires_at > now())`.as('active'),
    ]);

export async function listPartnerKeys(db: Db, includeInactive: boolean): Promise<PartnerKeyWithPartner[]> {
  let query = withPartner(db);
  if (!includeInactive) {
    query = query
      .where('partner_keys.revoked_at', 'is', null)
      .where((eb) => eb.or([eb('partner_keys.expires_at', 'is', null), eb('partner_keys.expires_at', '>', sql<Date>`now()`)]));
  }
  return query.orderBy('partner_keys.created_at', 'desc').execute();
}

export const findPartnerKey = (db: Db, id: string) => withPartner(db).where('partner_keys.id', '=', id).executeTakeFirst();

/** A key known to exist (written or found earlier in the same flow): Kysely's NoResultError otherwise. */
export const getPartnerKey = (db: Db, id: string) => withPartner(db).where('partner_keys.id', '=', id).executeTakeFirstOrThrow();

/** The active key with this prefix (the hash is compared by the caller, in constant time). */
export const findActivePartnerKeyByPrefix = (db: Db, prefix: string) =>
  withPartner(db)
    .where('partner_keys.prefix', '=', prefix)
    .where('partner_keys.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('partner_keys.expires_at', 'is', null), eb('partner_keys.expires_at', '>', sql<Date>`now()`)]))
    .executeTakeFirst();

export async function insertPartnerKey(
  db: Db,
  key: { partnerName: string; prefix: string; keyHash: string; scopes: string[]; ratePerMinute: number; costBudgetPerDay: number; rotatedFrom?: string },
): Promise<string> {
  // One row per partner name; concurrent issues for a new partner both land on it.
  await db.insertInto('partners').values({ name: key.partnerName }).onConflict((oc) => oc.column('name').doNothing()).execute();
  const partner = await db.selectFrom('partners').select('id').where('name', '=', key.partnerName).executeTakeFirstOrThrow();
  const row = await db
    .insertInto('partner_keys')
    .values({
      partner_id: partner.id,
      prefix: key.prefix,
      key_hash: key.keyHash,
      scopes: key.scopes,
      rate_per_minute: key.ratePerMinute,
      cost_budget_per_day: key.costBudgetPerDay,
      rotated_from: key.rotatedFrom ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Revoke now, or let it run out after a grace period (rotation). False when it was already inactive. */
export async function endPartnerKey(db: Db, id: string, graceMinutes = 0): Promise<boolean> {
  const active = sql<boolean>`revoked_at is null and (expires_at is null or expires_at > now())`;
  const result = await db
    .updateTable('partner_keys')
    .set(graceMinutes > 0 ? { expires_at: sql`now() + make_interval(mins => ${graceMinutes})` } : { revoked_at: sql`now()` })
    .where('id', '=', id)
    .where(active)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
