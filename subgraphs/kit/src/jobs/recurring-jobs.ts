import { enqueueJob } from './enqueue-job.js';
import type { RecurringJobPayload } from './job-handlers.js';
import type { JobDatabase, JobExecutor } from './jobs.table.js';

export interface RecurringJob<K extends string = string> {
  kind: K;
  /** Periods are aligned to multiples of this since the Unix epoch (UTC), plus `offsetMs`: the same on every replica. */
  everyMs: number;
  /**
   * Where in its period each one starts, 0 ≤ offsetMs < everyMs (default 0): a daily job with
   * 2 h is due at 02:00 UTC, 10:00 in Beijing, instead of at midnight UTC.
   */
  offsetMs?: number;
  maxAttempts?: number;
}

/**
 * The key names the period, so however many replicas enqueue it, (kind, key) makes it one row and
 * one run. A period missed while every worker was down is not caught up: the current one runs.
 */
export const periodKey = (periodStart: Date): string => periodStart.toISOString();

export const periodIndex = (at: Date, recurring: Pick<RecurringJob, 'everyMs' | 'offsetMs'>): number => Math.floor((at.getTime() - (recurring.offsetMs ?? 0)) / recurring.everyMs);

const periodStartOf = (index: number, recurring: Pick<RecurringJob, 'everyMs' | 'offsetMs'>) => new Date(index * recurring.everyMs + (recurring.offsetMs ?? 0));

export async function enqueuePeriod<DB extends JobDatabase>(db: JobExecutor<DB>, recurring: RecurringJob, index: number): Promise<boolean> {
  const periodStart = periodStartOf(index, recurring);
  const payload: RecurringJobPayload = { periodStart: periodStart.toISOString() };
  return enqueueJob(db, { kind: recurring.kind, key: periodKey(periodStart), payload, runAt: periodStart, maxAttempts: recurring.maxAttempts });
}

/**
 * After a period's run ends (done or dead), the next one: the following period, or the current one
 * if the run ended late, so a slow or retried run never starts a backlog of catch-up runs.
 */
export async function enqueueNextPeriod<DB extends JobDatabase>(db: JobExecutor<DB>, recurring: RecurringJob, finishedKey: string, now: Date): Promise<void> {
  const finished = new Date(finishedKey);
  // A key that is not a period start was enqueued by hand (a manual run): it does not move the schedule.
  if (Number.isNaN(finished.getTime()) || periodKey(finished) !== finishedKey) return;
  const next = Math.max(periodIndex(finished, recurring) + 1, periodIndex(now, recurring));
  await enqueuePeriod(db, recurring, next);
}
