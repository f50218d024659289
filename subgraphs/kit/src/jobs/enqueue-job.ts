import { sql } from 'kysely';
import { nowSql, plusMs } from './job-clock.js';
import type { JobHandlerMap, JobKind, JobPayloads } from './job-handlers.js';
import { DEFAULT_MAX_ATTEMPTS, type JobDatabase, type JobExecutor } from './jobs.table.js';

export interface NewJob<P = unknown> {
  kind: string;
  /** De-duplicates the enqueue and keys the handler's effect: an order id, `${citizenId}:${requestId}`... */
  key: string;
  payload: P;
  /** An absolute due time (timers); default: due now. */
  runAt?: Date;
  /** Due this long after the database's now(), which every replica agrees on (auto-close after 7 days). */
  delayMs?: number;
  maxAttempts?: number;
}

const KEY_MAX_LENGTH = 200;

/**
 * Inserts the job in the caller's transaction, so it exists exactly when the business write that
 * caused it commits. A second enqueue of the same (kind, key), even after the first has run, does
 * nothing; returns whether this call created the job.
 */
export async function enqueueJob<DB extends JobDatabase, P>(trxOrDb: JobExecutor<DB>, job: NewJob<P>): Promise<boolean> {
  if (!job.kind) throw new Error('enqueueJob: kind is required');
  if (!job.key || job.key.length > KEY_MAX_LENGTH) throw new Error(`enqueueJob: key must be 1..${KEY_MAX_LENGTH} characters`);
  if (job.runAt && job.delayMs !== undefined) throw new Error('enqueueJob: runAt or delayMs, not both');
  const maxAttempts = job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error('enqueueJob: maxAttempts must be a positive integer');
  const runAt = job.runAt ? sql`${job.runAt.toISOString()}::timestamptz` : plusMs(nowSql(), job.delayMs ?? 0);
  const { rows } = await sql<{ id: string }>`
    insert into jobs (kind, key, payload, max_attempts, run_at)
    values (${job.kind}, ${job.key}, ${JSON.stringify(job.payload ?? null)}::jsonb, ${maxAttempts}, ${runAt})
    on conflict (kind, key) do nothing
    returning id::text as id`.execute(trxOrDb);
  return rows.length === 1;
}

/** `enqueueJob` with the kind and payload checked against a subgraph's handlers (a type-only link). */
export function jobEnqueuer<H extends JobHandlerMap>() {
  return <DB extends JobDatabase, K extends JobKind<H>>(trxOrDb: JobExecutor<DB>, job: NewJob<JobPayloads<H>[K]> & { kind: K }) => enqueueJob(trxOrDb, job);
}
