import { sql, type Kysely, type RawBuilder } from 'kysely';

/**
 * The time every due and lease decision is made against. Unset, it is the database's `now()`, so
 * replicas whose own clocks disagree still agree on what is due; tests pass a clock they move.
 */
export type JobClock = () => Date;

export const nowSql = (clock?: JobClock): RawBuilder<Date> => (clock ? sql<Date>`${clock().toISOString()}::timestamptz` : sql<Date>`now()`);

/** Adds milliseconds in SQL, so the sum is taken on the same clock as `now`. */
export const plusMs = (at: RawBuilder<Date>, ms: number): RawBuilder<Date> => sql<Date>`(${at} + ${Math.round(ms)} * interval '1 millisecond')`;

// biome-ignore lint/suspicious/noExplicitAny: Kysely is invariant in the database type, so only `any` takes every subgraph's database
export async function currentTime(db: Kysely<any>, clock?: JobClock): Promise<Date> {
  if (clock) return clock();
  const { rows } = await sql<{ now: Date }>`select now() as now`.execute(db);
  return new Date(rows[0].now);
}
