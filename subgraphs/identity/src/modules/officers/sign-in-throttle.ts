import { sql, type Kysely } from '@jingtong/kit';
import type { IdentityDatabase } from '../../db/identity-database.js';

type Db = Kysely<IdentityDatabase>;

/**
 * Throttles per source, counted in SQL (every replica sees the same counts). The source is the gateway's
 * keyed digest of the client address (`caller.source`); a caller without one (internal tools) shares `none`.
 * - source + account name: from the 5th failure in an hour, refused for 1, 2, 4 … up to 30 minutes
 *   after each failure (progressive), whether the name exists or not;
 * - source alone (one address spraying many names): from the 100th failure in an hour, 15 minutes
 *   (the gateway's per-IP rate limit bounds it further).
 * Refusals are the same for unknown and existing names and cost nothing, so they tell nothing either.
 */
export const ACCOUNT_SOURCE_THRESHOLD = 5;
const ACCOUNT_SOURCE_MAX_MINUTES = 30;
export const SOURCE_THRESHOLD = 100;
const SOURCE_BLOCK_MINUTES = 15;

const sourceOf = (source: string | undefined) => source || 'none';
const keys = (source: string | undefined, username: string) => ({ account: `acct:${sourceOf(source)}:${username}`, source: `src:${sourceOf(source)}` });

/** True while this source (for this name, or at all) is refused. */
export async function signInThrottled(db: Db, source: string | undefined, username: string): Promise<boolean> {
  const k = keys(source, username);
  const row = await db
    .selectFrom('officer_sign_in_throttles')
    .select('key')
    .where('key', 'in', [k.account, k.source])
    .where('blocked_until', '>', sql<Date>`now()`)
    .executeTakeFirst();
  return row !== undefined;
}

async function bump(db: Db, key: string, threshold: number, minutes: unknown) {
  // The count starts again after an hour without failures; `n` is the count after this failure.
  const n = sql`(case when officer_sign_in_throttles.last_failure_at < now() - interval '1 hour' then 1 else officer_sign_in_throttles.failures + 1 end)`;
  await sql`
    insert into officer_sign_in_throttles (key, failures, last_failure_at, blocked_until)
    values (${key}, 1, now(), null)
    on conflict (key) do update set
      failures = ${n},
      last_failure_at = now(),
      blocked_until = case when ${n} >= ${threshold} then now() + make_interval(mins => ${minutes}) else null end`.execute(db);
}

/** One failure from this source against this name (existing or not). */
export async function recordThrottledFailure(db: Db, source: string | undefined, username: string): Promise<void> {
  const k = keys(source, username);
  const progressive = sql`least(power(2, ${sql`(case when officer_sign_in_throttles.last_failure_at < now() - interval '1 hour' then 1 else officer_sign_in_throttles.failures + 1 end)`} - ${ACCOUNT_SOURCE_THRESHOLD}), ${ACCOUNT_SOURCE_MAX_MINUTES})::int`;
  await bump(db, k.account, ACCOUNT_SOURCE_THRESHOLD, progressive);
  await bump(db, k.source, SOURCE_THRESHOLD, sql`${SOURCE_BLOCK_MINUTES}`);
}

/** Both factors were right from this source: its count for this name starts again. */
export async function clearThrottle(db: Db, source: string | undefined, username: string): Promise<void> {
  await db.deleteFrom('officer_sign_in_throttles').where('key', '=', keys(source, username).account).execute();
}

/** An administrator unlocked or reset the account: every source's count for its name starts again. */
export async function clearAccountThrottles(db: Db, username: string): Promise<void> {
  await db
    .deleteFrom('officer_sign_in_throttles')
    .where('key', 'like', 'acct:%')
    .where(sql<boolean>`right(key, ${username.length + 1}) = ${`:${username}`}`)
    .execute();
}

/** Remember where the officer signed in with both factors. */
export async function rememberSource(db: Db, officerId: string, source: string | undefined): Promise<void> {
  if (!source) return;
  await sql`
    insert into officer_known_sources (officer_id, source) values (${officerId}, ${source})
    on conflict (officer_id, source) do update set last_seen_at = now()`.execute(db);
}

/** A source the officer signed in from with both factors in the last 90 days: a lock strangers caused does not apply there. */
export async function isKnownSource(db: Db, officerId: string, source: string | undefined): Promise<boolean> {
  if (!source) return false;
  const row = await db
    .selectFrom('officer_known_sources')
    .select('source')
    .where('officer_id', '=', officerId)
    .where('source', '=', source)
    .where('last_seen_at', '>', sql<Date>`now() - interval '90 days'`)
    .executeTakeFirst();
  return row !== undefined;
}
