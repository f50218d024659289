import type { Kysely } from 'kysely';
import type { Logger } from '../log/logger.js';
import { markJobDone, markJobFailed, releaseJob, type ClaimedJob } from './claim-protocol.js';
import type { JobBackoff } from './job-backoff.js';
import { currentTime, type JobClock } from './job-clock.js';
import { describeJobError, PermanentJobError } from './job-error.js';
import type { JobHandlerMap } from './job-handlers.js';
import { LAST_ERROR_MAX_LENGTH, type JobDatabase, type JobExecutor } from './jobs.table.js';
import { enqueueNextPeriod, type RecurringJob } from './recurring-jobs.js';

/** The signal's reason when a handler outlives its lease: past it, another worker may already run the job. */
export class JobLeaseTimeout extends Error {
  override readonly name = 'JobLeaseTimeout';
}

/** The signal's reason when the worker is stopping and the grace period is over. */
export class JobWorkerStopping extends Error {
  override readonly name = 'JobWorkerStopping';
}

export interface JobRunnerDeps<DB extends JobDatabase> {
  db: Kysely<DB>;
  handlers: JobHandlerMap;
  logger: Logger;
  leaseMs: number;
  backoff: JobBackoff;
  recurring: ReadonlyMap<string, RecurringJob>;
  clock?: JobClock;
}

type Outcome = { ok: true } | { ok: false; error: unknown };

const rejectOnAbort = (signal: AbortSignal) =>
  new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));

/**
 * Runs one claimed job outside any transaction (on PGlite's single connection, a handler that queries
 * the database would otherwise wait on the claim forever), then records the outcome through the fence.
 * Never throws: if the outcome cannot be written, the lease runs out and the row is rescued.
 */
export function createJobRunner<DB extends JobDatabase>(deps: JobRunnerDeps<DB>) {
  const { db, handlers, logger, leaseMs, backoff, recurring, clock } = deps;
  const log = (job: ClaimedJob) => ({ jobId: job.id, kind: job.kind, attempt: job.attempts });

  async function execute(job: ClaimedJob, controller: AbortController): Promise<Outcome> {
    const handler = handlers[job.kind];
    const lease = setTimeout(() => controller.abort(new JobLeaseTimeout(`ran past its ${leaseMs} ms lease`)), leaseMs);
    lease.unref();
    try {
      const work = Promise.resolve().then(() => handler({ id: job.id, kind: job.kind, key: job.key, payload: job.payload, attempt: job.attempts }, { signal: controller.signal }));
      // A handler that ignores its signal is left behind, not waited for: its late result meets the fence.
      work.catch(() => undefined);
      await Promise.race([work, rejectOnAbort(controller.signal)]);
      return { ok: true };
    } catch (error) {
      return { ok: false, error };
    } finally {
      clearTimeout(lease);
    }
  }

  /** Done or dead ends a period: the next one is enqueued in the same transaction, so the schedule cannot break between the two. */
  async function finish(job: ClaimedJob, write: (executor: JobExecutor<DB>) => Promise<boolean>): Promise<boolean> {
    const schedule = recurring.get(job.kind);
    if (!schedule) return write(db);
    return db.transaction().execute(async (trx) => {
      const written = await write(trx);
      if (written) await enqueueNextPeriod(trx, schedule, job.key, await currentTime(trx, clock));
      return written;
    });
  }

  async function settle(job: ClaimedJob, outcome: Outcome, reason: unknown): Promise<void> {
    if (outcome.ok) {
      if (!(await finish(job, (x) => markJobDone(x, job, clock)))) logger.warn(log(job), 'job finished after its lease was lost; another attempt owns it');
      return;
    }
    if (reason instanceof JobWorkerStopping) {
      await releaseJob(db, job, clock);
      logger.info(log(job), 'job interrupted by shutdown; released');
      return;
    }
    const lastError = reason instanceof JobLeaseTimeout ? `LEASE_EXPIRED: ${reason.message}` : describeJobError(outcome.error);
    const dead = outcome.error instanceof PermanentJobError || job.attempts >= job.maxAttempts;
    const retryInMs = dead ? null : Math.max(0, backoff(job.attempts));
    const written = await finish(job, (x) => markJobFailed(x, job, { lastError, retryInMs }, clock));
    if (!written) logger.warn(log(job), 'job failed after its lease was lost; another attempt owns it');
    else if (dead) logger.error({ ...log(job), error: lastError }, 'job dead-lettered');
    else logger.warn({ ...log(job), error: lastError, retryInMs }, 'job failed; will retry');
  }

  return async function runJob(job: ClaimedJob, controller: AbortController): Promise<void> {
    try {
      if (!handlers[job.kind]) {
        const lastError = `UNKNOWN_JOB_KIND: no handler for "${job.kind}" on this worker`.slice(0, LAST_ERROR_MAX_LENGTH);
        await markJobFailed(db, job, { lastError, retryInMs: null }, clock);
        logger.error(log(job), 'job dead-lettered: unknown kind');
        return;
      }
      const outcome = await execute(job, controller);
      await settle(job, outcome, controller.signal.aborted ? controller.signal.reason : undefined);
    } catch (error) {
      logger.error({ ...log(job), error: describeJobError(error) }, 'could not record the job outcome; the lease will expire and it will run again');
    }
  };
}
