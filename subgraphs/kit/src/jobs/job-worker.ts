import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { Logger } from '../log/logger.js';
import { claimDueJobs, releaseJob, rescueExpiredLeases, type ClaimedJob } from './claim-protocol.js';
import { defaultJobBackoff, type JobBackoff } from './job-backoff.js';
import { currentTime, type JobClock } from './job-clock.js';
import { describeJobError } from './job-error.js';
import type { JobHandlerMap, JobKind } from './job-handlers.js';
import type { JobDatabase } from './jobs.table.js';
import { enqueuePeriod, periodIndex, type RecurringJob } from './recurring-jobs.js';
import { createJobRunner, JobWorkerStopping } from './run-job.js';

export interface JobWorkerOptions<DB extends JobDatabase, H extends JobHandlerMap> {
  db: Kysely<DB>;
  handlers: H;
  logger: Logger;
  /** Names the lease holder in `locked_by`; unique per worker, also within one process. */
  workerId?: string;
  /** Idle wait between claims. */
  pollMs?: number;
  /** false: jobs run only when runOnce() is called (tests, the stack's test kit). */
  polling?: boolean;
  concurrency?: number;
  /** How long a claim holds a job; keep it well above the slowest handler, which is aborted at its end. */
  leaseMs?: number;
  backoff?: JobBackoff;
  /** How long stop() lets running handlers finish before it aborts their signals. */
  stopGraceMs?: number;
  recurring?: readonly RecurringJob<JobKind<H>>[];
  /** Replaces the database's now() for every due and lease decision (tests). */
  now?: JobClock;
}

export interface JobWorker {
  readonly workerId: string;
  /** Claims and runs what is due now, batch after batch, until nothing is; resolves to the number run. */
  runOnce(): Promise<number>;
  /** Stops claiming, lets running handlers finish (at most stopGraceMs), then aborts and releases the rest. */
  stop(): Promise<void>;
}

// A bound for runOnce() against handlers that keep enqueuing due work for each other.
const MAX_BATCHES_PER_RUN = 100;

const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** A wait that can be cut short, so stop() leaves no timer behind. */
function delay(ms: number): { done: Promise<void>; cancel(): void } {
  let timeout: NodeJS.Timeout | undefined;
  const done = new Promise<void>((resolve) => {
    timeout = setTimeout(resolve, ms);
  });
  return { done, cancel: () => clearTimeout(timeout) };
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`startJobWorker: ${message}`);
}

export function startJobWorker<DB extends JobDatabase, H extends JobHandlerMap>(options: JobWorkerOptions<DB, H>): JobWorker {
  const { db, handlers, logger, pollMs = 1_000, polling = true, concurrency = 4, leaseMs = 300_000, stopGraceMs = 10_000, now: clock } = options;
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  check(Number.isInteger(concurrency) && concurrency >= 1, 'concurrency must be a positive integer');
  // Node fires a longer timeout at once; a lease timer that did so would abort every handler on start.
  check(pollMs > 0 && leaseMs > 0 && stopGraceMs >= 0 && Math.max(pollMs, leaseMs, stopGraceMs) <= MAX_TIMEOUT_MS, 'pollMs, leaseMs and stopGraceMs must be positive and under 24 days');
  const recurring = new Map<string, RecurringJob>();
  for (const r of options.recurring ?? []) {
    check(typeof handlers[r.kind] === 'function', `recurring kind "${r.kind}" has no handler`);
    check(Number.isInteger(r.everyMs) && r.everyMs > 0, `recurring kind "${r.kind}" needs a positive everyMs`);
    check(r.offsetMs === undefined || (Number.isInteger(r.offsetMs) && r.offsetMs >= 0 && r.offsetMs < r.everyMs), `recurring kind "${r.kind}" needs 0 <= offsetMs < everyMs`);
    check(!recurring.has(r.kind), `recurring kind "${r.kind}" is listed twice`);
    recurring.set(r.kind, r);
  }
  const runJob = createJobRunner({ db, handlers, logger, leaseMs, backoff: options.backoff ?? defaultJobBackoff, recurring, clock });

  const running = new Set<{ controller: AbortController; finished: Promise<void> }>();
  let stopping = false;
  let stopped: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> | undefined;
  let saturated = false;
  let wakeRequested = false;
  let lastRescueAt = 0;

  const launch = (job: ClaimedJob) => {
    const controller = new AbortController();
    const entry = { controller, finished: Promise.resolve() };
    entry.finished = runJob(job, controller).finally(() => {
      running.delete(entry);
      // A full claim means more may be due: refill the slot now rather than after a poll interval.
      if (saturated) wake();
    });
    running.add(entry);
    return entry.finished;
  };

  // Each period is enqueued once per replica (the key makes it one row); the local estimate of the
  // database clock only decides when to ask again.
  const ensured = new Map<string, number>();
  let clockOffsetMs = 0;
  async function ensureRecurring(): Promise<void> {
    if (recurring.size === 0) return;
    const estimate = clock ? clock() : new Date(Date.now() + clockOffsetMs);
    if ([...recurring.values()].every((r) => (ensured.get(r.kind) ?? -Infinity) >= periodIndex(estimate, r))) return;
    const at = await currentTime(db, clock);
    if (!clock) clockOffsetMs = at.getTime() - Date.now();
    for (const r of recurring.values()) {
      const index = periodIndex(at, r);
      if ((ensured.get(r.kind) ?? -Infinity) >= index) continue;
      await enqueuePeriod(db, r, index);
      ensured.set(r.kind, index);
    }
  }

  const schedule = (ms: number) => {
    if (stopping || !polling) return;
    clearTimeout(timer);
    timer = setTimeout(() => void tick(), ms);
    timer.unref();
  };

  function wake(): void {
    if (ticking) wakeRequested = true;
    else schedule(0);
  }

  function tick(): Promise<void> {
    ticking ??= (async () => {
      try {
        await ensureRecurring();
        if (Date.now() - lastRescueAt >= pollMs) {
          lastRescueAt = Date.now();
          await rescueExpiredLeases(db, { clock });
        }
        const free = concurrency - running.size;
        const jobs = free > 0 ? await claimDueJobs(db, { workerId, limit: free, leaseMs, clock }) : [];
        saturated = free === 0 || jobs.length === free;
        // stop() came while claiming: hand the rows straight back instead of starting them.
        if (stopping) await Promise.all(jobs.map((job) => releaseJob(db, job, clock)));
        else for (const job of jobs) void launch(job);
      } catch (error) {
        logger.error({ workerId, error: describeJobError(error) }, 'job poll failed');
      } finally {
        ticking = undefined;
      }
      const again = wakeRequested;
      wakeRequested = false;
      schedule(again ? 0 : pollMs);
    })();
    return ticking;
  }

  async function runOnce(): Promise<number> {
    let total = 0;
    if (stopping) return total;
    await ensureRecurring();
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN && !stopping; batch++) {
      await rescueExpiredLeases(db, { clock });
      const jobs = await claimDueJobs(db, { workerId, limit: concurrency, leaseMs, clock });
      if (jobs.length === 0) break;
      await Promise.all(jobs.map(launch));
      total += jobs.length;
    }
    return total;
  }

  async function shutdown(): Promise<void> {
    stopping = true;
    clearTimeout(timer);
    await ticking;
    const settled = () => Promise.allSettled([...running].map((r) => r.finished));
    if (running.size > 0) {
      const grace = delay(stopGraceMs);
      await Promise.race([settled(), grace.done]);
      grace.cancel();
    }
    for (const r of running) r.controller.abort(new JobWorkerStopping('the worker is stopping'));
    await settled();
  }

  schedule(0);
  return {
    workerId,
    runOnce,
    stop: () => (stopped ??= shutdown()),
  };
}
