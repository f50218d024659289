import { sql, type FieldCipher, type Kysely } from '@jingtong/kit';
import type { IdentityDatabase } from '../../db/identity-database.js';
import type { OfficerRow } from './tables/officer.table.js';

/** Consecutive failures (bad password or bad code) that lock an account, and for how long. */
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MINUTES = 30;

type Db = Kysely<IdentityDatabase>;

export interface Officer {
  id: string;
  username: string;
  name: string;
  phone: string | null;
  unitCode: string;
  roles: string[];
  disabled: boolean;
  lockedUntil: Date | null;
  totpEnrolled: boolean;
  passwordChangedAt: Date | null;
  createdAt: Date;
  lastSignInAt: Date | null;
}

export const toOfficer = (row: OfficerRow, cipher: FieldCipher): Officer => ({
  id: row.id,
  username: row.username,
  name: cipher.decrypt(row.name_enc),
  phone: row.phone_enc ? cipher.decrypt(row.phone_enc) : null,
  unitCode: row.unit_code,
  roles: row.roles,
  disabled: row.disabled,
  lockedUntil: row.locked_until && row.locked_until.getTime() > Date.now() ? row.locked_until : null,
  totpEnrolled: row.totp_secret_enc !== null,
  passwordChangedAt: row.password_changed_at,
  createdAt: row.created_at,
  lastSignInAt: row.last_sign_in_at,
});

/** The row plus whether it is locked right now, by the database's clock (the one lockouts are written with). */
export async function findOfficerForSignIn(db: Db, username: string): Promise<(OfficerRow & { locked: boolean }) | undefined> {
  return db
    .selectFrom('officers')
    .selectAll()
    .select(sql<boolean>`coalesce(locked_until > now(), false)`.as('locked'))
    .where('username', '=', username)
    .executeTakeFirst();
}

export const findOfficerById = (db: Db, id: string) => db.selectFrom('officers').selectAll().where('id', '=', id).executeTakeFirst();

export async function listOfficers(db: Db, filter: { unitPrefix: string; unitCode?: string }): Promise<OfficerRow[]> {
  let query = db.selectFrom('officers').selectAll().where('unit_code', 'like', `${filter.unitPrefix}%`);
  if (filter.unitCode) query = query.where('unit_code', '=', filter.unitCode);
  return query.orderBy('unit_code').orderBy('username').execute();
}

/**
 * One failure, counted in a single UPDATE so parallel requests (or aliases in one document) cannot
 * lose increments. A lock that has run out starts the count again.
 */
export async function recordSignInFailure(db: Db, id: string): Promise<{ failedAttempts: number; lockedUntil: Date | null }> {
  const expired = sql`(locked_until is not null and locked_until <= now())`;
  const next = sql`(case when ${expired} then 1 else failed_attempts + 1 end)`;
  const row = await db
    .updateTable('officers')
    .set({
      failed_attempts: sql`${next}`,
      locked_until: sql`case when ${next} >= ${LOCKOUT_THRESHOLD} then now() + make_interval(mins => ${LOCKOUT_MINUTES}) when ${expired} then null else locked_until end`,
    })
    .where('id', '=', id)
    .returning(['failed_attempts', 'locked_until'])
    .executeTakeFirstOrThrow();
  return { failedAttempts: row.failed_attempts, lockedUntil: row.locked_until };
}

/**
 * Both factors were right: clear the count, unless a parallel failure locked the account meanwhile
 * (`ignoreLock`: from a source the officer has signed in from before, where a lock does not apply).
 */
export async function recordSignInSuccess(db: Db, id: string, signedIn: boolean, ignoreLock = false): Promise<boolean> {
  let query = db
    .updateTable('officers')
    .set({ failed_attempts: 0, locked_until: null, ...(signedIn ? { last_sign_in_at: sql`now()` } : {}) })
    .where('id', '=', id);
  if (!ignoreLock) query = query.where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', sql<Date>`now()`)]));
  const row = await query
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** A code is good once: only a step later than the last accepted one is taken (atomically). */
export async function consumeTotpStep(db: Db, id: string, step: number): Promise<boolean> {
  const row = await db
    .updateTable('officers')
    .set({ totp_last_step: String(step) })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', String(step))]))
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
