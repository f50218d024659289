import { enqueueJob } from './enqueue-job.js';
import type { RecurringJobPayload } from './job-handlers.js';
import type { JobDatabase, JobExecutor } from './jobs.table.js';

export interface RecurringJob<K extends string = string> {
  kind: K;
  /** Periods are aligned to multiples of this since the Unix epoch (UTC), the same on every replica. */
  everyMs: number;
  maxAttempts?: number;
}

/**
 * The key names the period, so however many replicas enqueue it, (kind, key) makes it one row and
 * one run. A period missed while every worker was down is not caught up: the current one runs.
 */
export const periodKey = (periodStart: Date): string => periodStart.toISOString();

export const periodIndex = (at: Date, everyMs: number): number => Math.floor(at.getTime() / everyMs);

const periodStartOf = (index: number, everyMs: number) => new Date(index * everyMs);

export async function enqueuePeriod<DB extends JobDatabase>(db: JobExecutor<DB>, recurring: RecurringJob, index: number): Promise<boolean> {
  const periodStart = periodStartOf(index, recurring.everyMs);
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
  const next = Math.max(periodIndex(finished, recurring.everyMs) + 1, periodIndex(now, recurring.everyMs));
  await enqueuePeriod(db, recurring, next);
}
