import { sql } from 'kysely';
import { JOB_STATES, type JobDatabase, type JobExecutor, type JobState } from './jobs.table.js';

/** A job as the console shows it. */
export interface JobRecord {
  id: string;
  kind: string;
  key: string;
  payload: unknown;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  lockedBy: string | null;
  lockedUntil: Date | null;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
}

interface JobRow {
  id: string;
  kind: string;
  key: string;
  payload: unknown;
  state: JobState;
  attempts: number;
  max_attempts: number;
  run_at: Date;
  locked_by: string | null;
  locked_until: Date | null;
  last_error: string | null;
  created_at: Date;
  updated_at: Date;
  finished_at: Date | null;
}

const toRecord = (r: JobRow): JobRecord => ({
  id: r.id,
  kind: r.kind,
  key: r.key,
  payload: r.payload,
  state: r.state,
  attempts: r.attempts,
  maxAttempts: r.max_attempts,
  runAt: new Date(r.run_at),
  lockedBy: r.locked_by,
  lockedUntil: r.locked_until && new Date(r.locked_until),
  lastError: r.last_error,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
  finishedAt: r.finished_at && new Date(r.finished_at),
});

const JOB_COLUMNS = sql`id::text as id, kind, key, payload, state, attempts, max_attempts, run_at, locked_by, locked_until, last_error, created_at, updated_at, finished_at`;

/** Most recently changed first: the dead letters of this morning before last month's. */
export async function listJobs<DB extends JobDatabase>(db: JobExecutor<DB>, filter: { state?: JobState; kind?: string; limit: number }): Promise<JobRecord[]> {
  const limit = Math.min(Math.max(1, Math.floor(filter.limit)), 500);
  const { rows } = await sql<JobRow>`
    select ${JOB_COLUMNS}
    from jobs
    where (${filter.state ?? null}::text is null or state = ${filter.state ?? null})
      and (${filter.kind ?? null}::text is null or kind = ${filter.kind ?? null})
    order by updated_at desc, id desc
    limit ${limit}`.execute(db);
  return rows.map(toRecord);
}

/** A dead letter gets a fresh set of attempts, due now; `last_error` stays until the next outcome. False if it was not dead. */
export async function retryJob<DB extends JobDatabase>(db: JobExecutor<DB>, id: string): Promise<boolean> {
  const result = await sql`
    update jobs set state = 'pending', attempts = 0, run_at = now(), finished_at = null, updated_at = now()
    where id = ${id}::bigint and state = 'dead'`.execute(db);
  return Number(result.numAffectedRows ?? 0) === 1;
}

export type RetryDeadJobOutcome = { retried: true; job: JobRecord } | { retried: false; state: JobState | null };

/**
 * `retryJob` for the console, on the caller's transaction (so its audit row commits with it): the job as
 * it is now, or why nothing changed — the job's current state, null when there is no such job.
 */
export async function retryDeadJob<DB extends JobDatabase>(db: JobExecutor<DB>, id: string): Promise<RetryDeadJobOutcome> {
  const { rows } = await sql<JobRow>`
    update jobs set state = 'pending', attempts = 0, run_at = now(), finished_at = null, updated_at = now()
    where id = ${id}::bigint and state = 'dead'
    returning ${JOB_COLUMNS}`.execute(db);
  if (rows[0]) return { retried: true, job: toRecord(rows[0]) };
  const { rows: current } = await sql<{ state: JobState }>`select state from jobs where id = ${id}::bigint`.execute(db);
  return { retried: false, state: current[0]?.state ?? null };
}

/** `byState` fits the metrics `watchJobs` gauge as it is: `metrics.watchJobs(async () => (await jobCounts(db)).byState)`. */
export interface JobQueueCounts {
  byState: Record<JobState, number>;
  /** How late the most overdue pending job is (0 if one is due right now), null when none is due: the backlog alarm. */
  oldestDueAgeMs: number | null;
}

export async function jobCounts<DB extends JobDatabase>(db: JobExecutor<DB>, options: { now?: Date } = {}): Promise<JobQueueCounts> {
  const now = options.now ? sql`${options.now.toISOString()}::timestamptz` : sql`now()`;
  const { rows } = await sql<{ state: JobState; n: number }>`select state, count(*)::int as n from jobs group by state`.execute(db);
  const { rows: due } = await sql<{ age_ms: number | null }>`
    select (extract(epoch from (${now} - min(run_at))) * 1000)::float8 as age_ms
    from jobs where state = 'pending' and run_at <= ${now}`.execute(db);
  const byState = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;
  for (const r of rows) byState[r.state] = r.n;
  const age = due[0]?.age_ms;
  return { byState, oldestDueAgeMs: age == null ? null : Math.max(0, Math.round(age)) };
}

/**
 * Deletes done rows finished before `olderThanMs` ago. Their keys then stop de-duplicating: keep
 * them longer than anything could enqueue the same key again.
 */
export async function purgeFinishedJobs<DB extends JobDatabase>(db: JobExecutor<DB>, options: { olderThanMs: number }): Promise<number> {
  const result = await sql`
    delete from jobs where state = 'done' and finished_at < now() - ${Math.round(options.olderThanMs)} * interval '1 millisecond'`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
