import { sql } from 'kysely';
import { nowSql, plusMs, type JobClock } from './job-clock.js';
import type { JobDatabase, JobExecutor } from './jobs.table.js';

/** A row this worker holds the lease on; (id, lockedBy, attempts) is the fence every later write checks. */
export interface ClaimedJob {
  id: string;
  kind: string;
  key: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
  lockedBy: string;
}

interface ClaimedRow {
  id: string;
  kind: string;
  key: string;
  payload: unknown;
  attempts: number;
  max_attempts: number;
}

/**
 * Takes up to `limit` due pending rows and leases them, in one statement (its own short transaction).
 * SKIP LOCKED lets replicas claim side by side without waiting on or double-claiming each other's rows;
 * MATERIALIZED keeps the locked id list evaluated once, so LIMIT holds.
 */
export async function claimDueJobs<DB extends JobDatabase>(
  db: JobExecutor<DB>,
  options: { workerId: string; limit: number; leaseMs: number; clock?: JobClock },
): Promise<ClaimedJob[]> {
  if (options.limit < 1) return [];
  const now = nowSql(options.clock);
  const { rows } = await sql<ClaimedRow>`
    with due as materialized (
      select id from jobs
      where state = 'pending' and run_at <= ${now}
      order by run_at, id
      limit ${options.limit}
      for update skip locked
    )
    update jobs set
      state = 'running',
      attempts = jobs.attempts + 1,
      locked_by = ${options.workerId},
      locked_until = ${plusMs(now, options.leaseMs)},
      updated_at = ${now}
    from due
    where jobs.id = due.id
    returning jobs.id::text as id, jobs.kind, jobs.key, jobs.payload, jobs.attempts, jobs.max_attempts`.execute(db);
  return rows.map((r) => ({ id: r.id, kind: r.kind, key: r.key, payload: r.payload, attempts: r.attempts, maxAttempts: r.max_attempts, lockedBy: options.workerId }));
}

export const LEASE_EXPIRED_ERROR = 'LEASE_EXPIRED: the worker holding the job stopped before finishing it';

/**
 * Running rows whose lease ran out belong to a worker that crashed or hung: back to pending, due
 * now, or dead once their attempts are spent (a job that kills its worker must not do so forever).
 * Any replica may run this; row locks make each row change once.
 */
export async function rescueExpiredLeases<DB extends JobDatabase>(db: JobExecutor<DB>, options: { clock?: JobClock } = {}): Promise<number> {
  const now = nowSql(options.clock);
  const { rows } = await sql<{ id: string }>`
    update jobs set
      state = case when attempts >= max_attempts then 'dead' else 'pending' end,
      finished_at = case when attempts >= max_attempts then ${now} else null end,
      run_at = ${now},
      locked_by = null,
      locked_until = null,
      last_error = ${LEASE_EXPIRED_ERROR},
      updated_at = ${now}
    where state = 'running' and locked_until <= ${now}
    returning id::text as id`.execute(db);
  return rows.length;
}

const fence = (job: ClaimedJob) =>
  sql`id = ${job.id}::bigint and state = 'running' and locked_by = ${job.lockedBy} and attempts = ${job.attempts}`;

/**
 * The fenced outcomes. Each returns false when the lease was lost (it expired and another worker
 * took the row): the late result is dropped rather than overwrite the newer attempt.
 */
export async function markJobDone<DB extends JobDatabase>(db: JobExecutor<DB>, job: ClaimedJob, clock?: JobClock): Promise<boolean> {
  const now = nowSql(clock);
  const result = await sql`
    update jobs set state = 'done', finished_at = ${now}, updated_at = ${now}, locked_by = null, locked_until = null
    where ${fence(job)}`.execute(db);
  return Number(result.numAffectedRows ?? 0) === 1;
}

/** A failed attempt: pending again after `retryInMs`, or dead when `retryInMs` is null. */
export async function markJobFailed<DB extends JobDatabase>(
  db: JobExecutor<DB>,
  job: ClaimedJob,
  outcome: { lastError: string; retryInMs: number | null },
  clock?: JobClock,
): Promise<boolean> {
  const now = nowSql(clock);
  const dead = outcome.retryInMs === null;
  const result = await sql`
    update jobs set
      state = ${dead ? 'dead' : 'pending'},
      run_at = ${dead ? sql`run_at` : plusMs(now, outcome.retryInMs ?? 0)},
      finished_at = ${dead ? now : null},
      last_error = ${outcome.lastError},
      locked_by = null,
      locked_until = null,
      updated_at = ${now}
    where ${fence(job)}`.execute(db);
  return Number(result.numAffectedRows ?? 0) === 1;
}

/** Interrupted by a shutdown, not by its own fault: due again at once, and the attempt is not counted. */
export async function releaseJob<DB extends JobDatabase>(db: JobExecutor<DB>, job: ClaimedJob, clock?: JobClock): Promise<boolean> {
  const now = nowSql(clock);
  const result = await sql`
    update jobs set state = 'pending', run_at = ${now}, attempts = attempts - 1, locked_by = null, locked_until = null, updated_at = ${now}
    where ${fence(job)}`.execute(db);
  return Number(result.numAffectedRows ?? 0) === 1;
}
