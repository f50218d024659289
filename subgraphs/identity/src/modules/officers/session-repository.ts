import { sql, type Kysely } from '@jingtong/kit';
import type { IdentityDatabase } from '../../db/identity-database.js';

type Db = Kysely<IdentityDatabase>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type SessionTouch =
  | { ok: true; officerId: string; roles: string[]; unit: string }
  | { ok: false; reason: 'IDLE_EXPIRED' | 'EXPIRED' | 'REVOKED' | 'UNKNOWN' };

export async function createSession(db: Db, officerId: string, expiresAt: Date): Promise<string> {
  const sid = crypto.randomUUID();
  await db.insertInto('officer_sessions').values({ sid, officer_id: officerId, expires_at: expiresAt }).execute();
  return sid;
}

/**
 * Called for every officer request (by the gateway): a live session that has not been idle longer than
 * `idleSeconds` is extended; the answer carries the officer's roles and unit as they are now, so a
 * changed role or a disabled account takes effect on the next request, not at the next sign-in.
 */
export async function touchSession(db: Db, sid: string, idleSeconds: number): Promise<SessionTouch> {
  if (!UUID.test(sid)) return { ok: false, reason: 'UNKNOWN' };
  const alive = await db
    .updateTable('officer_sessions')
    .from('officers')
    .set({ last_seen_at: sql`now()` })
    .whereRef('officers.id', '=', 'officer_sessions.officer_id')
    .where('officer_sessions.sid', '=', sid)
    .where('officer_sessions.revoked_at', 'is', null)
    .where('officers.disabled', '=', false)
    .where('officer_sessions.expires_at', '>', sql<Date>`now()`)
    .where('officer_sessions.last_seen_at', '>', sql<Date>`now() - make_interval(secs => ${idleSeconds})`)
    .returning(['officers.id as officerId', 'officers.roles as roles', 'officers.unit_code as unit'])
    .executeTakeFirst();
  if (alive) return { ok: true, ...alive };

  const dead = await db
    .selectFrom('officer_sessions')
    .innerJoin('officers', 'officers.id', 'officer_sessions.officer_id')
    .select([
      'officer_sessions.revoked_at',
      'officers.disabled',
      sql<boolean>`officer_sessions.expires_at <= now()`.as('expired'),
    ])
    .where('officer_sessions.sid', '=', sid)
    .executeTakeFirst();
  if (!dead) return { ok: false, reason: 'UNKNOWN' };
  if (dead.revoked_at || dead.disabled) return { ok: false, reason: 'REVOKED' };
  return { ok: false, reason: dead.expired ? 'EXPIRED' : 'IDLE_EXPIRED' };
}

export async function revokeSession(db: Db, sid: string): Promise<void> {
  if (!UUID.test(sid)) return;
  await db.updateTable('officer_sessions').set({ revoked_at: sql`now()` }).where('sid', '=', sid).where('revoked_at', 'is', null).execute();
}

/** Every session of an officer, but the one they are using (e.g. after they changed their own password). */
export async function revokeOfficerSessions(db: Db, officerId: string, except?: string): Promise<void> {
  let query = db.updateTable('officer_sessions').set({ revoked_at: sql`now()` }).where('officer_id', '=', officerId).where('revoked_at', 'is', null);
  if (except && UUID.test(except)) query = query.where('sid', '!=', except);
  await query.execute();
}
