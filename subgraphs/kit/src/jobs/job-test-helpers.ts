import { sql, type Kysely } from 'kysely';
import { createLogger } from '../log/logger.js';
import type { TestDb } from './job-test-stores.js';

export const silentLogger = createLogger('jobs-test', 'silent');

/** A clock the test moves: the database's own now() would make every due/lease assertion a race with the wall clock. */
export function testClock(options: { alignTo?: number } = {}) {
  // Ahead of the database's now(), so jobs enqueued "due now" during the test are due on this clock too.
  // `alignTo`: start just after the next multiple of it, so a test that advances by parts of a period
  // never crosses a boundary it did not mean to, whatever the time of day it runs at.
  const ahead = Date.now() + 60_000;
  let at = options.alignTo ? (Math.floor(ahead / options.alignTo) + 1) * options.alignTo + 1_000 : ahead;
  return {
    now: () => new Date(at),
    advance: (ms: number) => {
      at += ms;
    },
  };
}

/** Bounded wait for something a polling worker does in the background. */
export async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * The scenarios' handler effect, one row per job key written in its own transaction. It counts runs so
 * that a second run shows; a real handler would make it `on conflict (key) do nothing` instead.
 */
export async function recordEffect(db: Kysely<TestDb>, key: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`insert into effects (key, runs) values (${key}, 1) on conflict (key) do update set runs = effects.runs + 1`.execute(trx);
  });
}

export const jobRow = (db: Kysely<TestDb>, kind: string, key: string) =>
  db.selectFrom('jobs').selectAll().where('kind', '=', kind).where('key', '=', key).executeTakeFirstOrThrow();

export const effectRuns = async (db: Kysely<TestDb>) =>
  Object.fromEntries((await db.selectFrom('effects').select(['key', 'runs']).orderBy('key').execute()).map((r) => [r.key, r.runs]));
