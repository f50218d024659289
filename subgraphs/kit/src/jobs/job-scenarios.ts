import { enqueueJob } from './enqueue-job.js';
import { listJobs, jobCounts, retryJob } from './job-admin.js';
import { exponentialBackoff } from './job-backoff.js';
import { PermanentJobError } from './job-error.js';
import { defineJobHandlers, type Job, type JobContext, type JobHandlerMap, type RecurringJobPayload } from './job-handlers.js';
import { startJobWorker, type JobWorker, type JobWorkerOptions } from './job-worker.js';
import { effectRuns, jobRow, recordEffect, silentLogger, testClock, until } from './job-test-helpers.js';
import type { JobStore, TestDb } from './job-test-stores.js';

/** The scenarios every storage path must pass. */
export function describeJobScenarios(store: JobStore): void {
  const workers: JobWorker[] = [];
  const worker = <H extends JobHandlerMap>(options: Partial<JobWorkerOptions<TestDb, H>> & { handlers: H }) => {
    const w = startJobWorker<TestDb, H>({ db: store.db(), logger: silentLogger, polling: false, ...options });
    workers.push(w);
    return w;
  };

  // A fresh schema (PGlite migrations) can take seconds on a loaded 2-core box: bound the hooks generously.
  beforeEach(() => store.fresh(), 60_000);
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
    await store.cleanup();
  }, 60_000);

  it('keeps a job only if its transaction commits, de-duplicates by key and runs it once', async () => {
    const db = store.db();
    const calls: string[] = [];
    const handlers = defineJobHandlers({
      'note.send': async (job: Job<{ noteId: number }>) => {
        calls.push(`${job.key}:${job.payload.noteId}`);
        await recordEffect(db, job.key);
      },
    });
    await expect(
      db.transaction().execute(async (trx) => {
        await enqueueJob(trx, { kind: 'note.send', key: 'rolled-back', payload: { noteId: 1 } });
        throw new Error('the business write failed');
      }),
    ).rejects.toThrow('the business write failed');
    expect(await db.transaction().execute((trx) => enqueueJob(trx, { kind: 'note.send', key: 'n-2', payload: { noteId: 2 } }))).toBe(true);
    expect(await db.transaction().execute((trx) => enqueueJob(trx, { kind: 'note.send', key: 'n-2', payload: { noteId: 99 } }))).toBe(false);
    expect(await db.selectFrom('jobs').select(['kind', 'key', 'payload']).execute()).toEqual([{ kind: 'note.send', key: 'n-2', payload: { noteId: 2 } }]);

    const w = worker({ handlers, now: testClock().now });
    expect(await w.runOnce()).toBe(1);
    expect(await w.runOnce()).toBe(0);
    expect(calls).toEqual(['n-2:2']);
    expect(await effectRuns(db)).toEqual({ 'n-2': 1 });
    expect(await jobRow(db, 'note.send', 'n-2')).toMatchObject({ state: 'done', attempts: 1, locked_by: null, last_error: null });
    // Its key still de-duplicates after it ran.
    expect(await enqueueJob(db, { kind: 'note.send', key: 'n-2', payload: { noteId: 3 } })).toBe(false);
  });

  it('runs a job committed before a crash once the subgraph starts again', async () => {
    await enqueueJob(store.db(), { kind: 'note.send', key: 'before-crash', payload: {} });
    await store.reopen();
    const calls: string[] = [];
    const w = worker({ db: store.db(), handlers: { 'note.send': async (job) => void calls.push(job.key) }, now: testClock().now });
    expect(await w.runOnce()).toBe(1);
    expect(calls).toEqual(['before-crash']);
    expect(await jobRow(store.db(), 'note.send', 'before-crash')).toMatchObject({ state: 'done' });
  });

  it('runs a job again on another worker once the lease of a worker that died mid-run is over', async () => {
    const clock = testClock();
    const attempts: Array<{ worker: string; attempt: number }> = [];
    let started!: () => void;
    const firstStarted = new Promise<void>((resolve) => (started = resolve));
    const handler = (name: string) => async (job: Job, ctx: JobContext) => {
      attempts.push({ worker: name, attempt: job.attempt });
      if (name === 'a') {
        started();
        // Never finishes on its own: the process is as good as dead.
        await new Promise((_, reject) => ctx.signal.addEventListener('abort', () => reject(ctx.signal.reason)));
      }
    };
    await enqueueJob(store.db(), { kind: 'sms.send', key: 'duty-1', payload: {} });
    const a = worker({ handlers: { 'sms.send': handler('a') }, leaseMs: 30_000, stopGraceMs: 0, now: clock.now });
    const aRun = a.runOnce();
    await firstStarted;
    expect(await jobRow(store.db(), 'sms.send', 'duty-1')).toMatchObject({ state: 'running', locked_by: a.workerId, attempts: 1 });

    const b = worker({ db: await store.replica(), handlers: { 'sms.send': handler('b') }, leaseMs: 30_000, now: clock.now });
    expect(await b.runOnce()).toBe(0);
    clock.advance(29_000);
    expect(await b.runOnce()).toBe(0);
    clock.advance(2_000);
    expect(await b.runOnce()).toBe(1);
    expect(await jobRow(store.db(), 'sms.send', 'duty-1')).toMatchObject({ state: 'done', attempts: 2 });

    // The dead worker's late outcome (here: released at its stop) meets the fence and changes nothing.
    await a.stop();
    await aRun;
    expect(attempts).toEqual([
      { worker: 'a', attempt: 1 },
      { worker: 'b', attempt: 2 },
    ]);
    expect(await jobRow(store.db(), 'sms.send', 'duty-1')).toMatchObject({ state: 'done', attempts: 2 });
  });

  it('retries a failing job with growing backoff, dead-letters it after maxAttempts, and retryJob revives it', async () => {
    const db = store.db();
    const clock = testClock();
    let failing = true;
    const handlers = defineJobHandlers({
      'outbox.traffic.markPaid': async (job: Job<{ fineId: string }>) => {
        if (failing) throw Object.assign(new Error(`upstream refused fine for 410102199001011234`), { extensions: { code: 'LEGACY_UNAVAILABLE' } });
        await recordEffect(db, job.key);
      },
    });
    await enqueueJob(db, { kind: 'outbox.traffic.markPaid', key: 'fine-7', payload: { fineId: '7' }, maxAttempts: 3 });
    const w = worker({ handlers, now: clock.now, backoff: exponentialBackoff({ baseMs: 1_000, random: () => 0.5 }) });
    const row = () => jobRow(db, 'outbox.traffic.markPaid', 'fine-7');
    const waitMs = async () => {
      const r = await row();
      return r.run_at.getTime() - r.updated_at.getTime();
    };

    expect(await w.runOnce()).toBe(1);
    expect(await row()).toMatchObject({ state: 'pending', attempts: 1 });
    expect(await waitMs()).toBe(750);
    expect(await w.runOnce()).toBe(0);

    clock.advance(1_000);
    expect(await w.runOnce()).toBe(1);
    expect(await row()).toMatchObject({ state: 'pending', attempts: 2 });
    expect(await waitMs()).toBe(1_500);

    clock.advance(2_000);
    expect(await w.runOnce()).toBe(1);
    const dead = await row();
    expect(dead).toMatchObject({ state: 'dead', attempts: 3 });
    expect(dead.finished_at).not.toBeNull();
    expect(dead.last_error).toBe('LEGACY_UNAVAILABLE: upstream refused fine for [digits]');
    clock.advance(3_600_000);
    expect(await w.runOnce()).toBe(0);

    const [listed] = await listJobs(db, { state: 'dead', limit: 10 });
    expect(listed).toMatchObject({ kind: 'outbox.traffic.markPaid', key: 'fine-7', state: 'dead', attempts: 3, maxAttempts: 3 });
    expect((await jobCounts(db)).byState).toEqual({ pending: 0, running: 0, done: 0, dead: 1 });

    expect(await retryJob(db, listed.id)).toBe(true);
    expect(await retryJob(db, listed.id)).toBe(false);
    expect(await row()).toMatchObject({ state: 'pending', attempts: 0, finished_at: null });
    failing = false;
    expect(await w.runOnce()).toBe(1);
    expect(await row()).toMatchObject({ state: 'done', attempts: 1 });
    expect(await effectRuns(db)).toEqual({ 'fine-7': 1 });
  });

  it('dead-letters an unknown kind and a PermanentJobError at once', async () => {
    const db = store.db();
    await enqueueJob(db, { kind: 'no.such.kind', key: 'k', payload: {} });
    await enqueueJob(db, { kind: 'bad.payload', key: 'k', payload: {} });
    const w = worker({ handlers: { 'bad.payload': async () => Promise.reject(new PermanentJobError('payload has no fineId')) }, now: testClock().now });
    expect(await w.runOnce()).toBe(2);
    expect(await jobRow(db, 'no.such.kind', 'k')).toMatchObject({ state: 'dead', attempts: 1, last_error: 'UNKNOWN_JOB_KIND: no handler for "no.such.kind" on this worker' });
    expect(await jobRow(db, 'bad.payload', 'k')).toMatchObject({ state: 'dead', attempts: 1, last_error: 'PermanentJobError: payload has no fineId' });
  });

  it('does not run a job before its run_at', async () => {
    const db = store.db();
    const clock = testClock();
    const calls: string[] = [];
    await enqueueJob(db, { kind: 'case.autoClose', key: 'relative', payload: {}, delayMs: 600_000 });
    await enqueueJob(db, { kind: 'case.autoClose', key: 'absolute', payload: {}, runAt: new Date(clock.now().getTime() + 3_600_000) });
    const w = worker({ handlers: { 'case.autoClose': async (job) => void calls.push(job.key) }, now: clock.now });
    expect(await w.runOnce()).toBe(0);
    clock.advance(480_000);
    expect(await w.runOnce()).toBe(0);
    clock.advance(120_000);
    expect(await w.runOnce()).toBe(1);
    expect(calls).toEqual(['relative']);
    clock.advance(3_000_000 - 1_000);
    expect(await w.runOnce()).toBe(0);
    clock.advance(1_000);
    expect(await w.runOnce()).toBe(1);
    expect(calls).toEqual(['relative', 'absolute']);
  });

  it('runs a recurring job once per period across two workers', async () => {
    const hour = 3_600_000;
    const clock = testClock({ alignTo: hour });
    const periods: string[] = [];
    const handlers = { 'audit.maintenance': async (job: Job<RecurringJobPayload>) => void periods.push(job.payload.periodStart) };
    const recurring = [{ kind: 'audit.maintenance' as const, everyMs: hour }];
    const a = worker({ handlers, recurring, now: clock.now });
    const b = worker({ db: await store.replica(), handlers, recurring, now: clock.now });
    const both = async () => (await Promise.all([a.runOnce(), b.runOnce()])).reduce((x, y) => x + y, 0);
    const start = Math.floor(clock.now().getTime() / hour) * hour;
    const period = (i: number) => new Date(start + i * hour).toISOString();

    expect(await both()).toBe(1);
    expect(await both()).toBe(0);
    clock.advance(hour / 2);
    expect(await both()).toBe(0);
    clock.advance(hour / 2);
    expect(await both()).toBe(1);
    expect(periods).toEqual([period(0), period(1)]);
    // Every worker down for three periods: the one enqueued in advance runs late, the current one runs, the missed ones do not.
    clock.advance(3 * hour);
    expect(await both()).toBe(2);
    expect([...periods].sort()).toEqual([period(0), period(1), period(2), period(4)]);
    expect(await both()).toBe(0);
  });

  it('starts each period of a recurring job at its offset: a daily job with a 2 h offset is due at 02:00 UTC', async () => {
    const day = 86_400_000;
    const offsetMs = 2 * 3_600_000;
    const clock = testClock({ alignTo: day });
    // 01:00 UTC: today's 02:00 period has not begun, so yesterday's is the current one.
    clock.advance(offsetMs / 2);
    const periods: string[] = [];
    const handlers = { 'audit.maintenance': async (job: Job<RecurringJobPayload>) => void periods.push(job.payload.periodStart) };
    const w = worker({ handlers, recurring: [{ kind: 'audit.maintenance' as const, everyMs: day, offsetMs }], now: clock.now });
    const midnight = Math.floor(clock.now().getTime() / day) * day;
    expect(await w.runOnce()).toBe(1);
    expect(periods).toEqual([new Date(midnight - day + offsetMs).toISOString()]);
    // 01:59:59 UTC, then 02:00:00.
    clock.advance(offsetMs / 2 - 2_000);
    expect(await w.runOnce()).toBe(0);
    clock.advance(1_000);
    expect(await w.runOnce()).toBe(1);
    expect(periods.at(-1)).toBe(new Date(midnight + offsetMs).toISOString());
    expect(() => worker({ handlers, recurring: [{ kind: 'audit.maintenance' as const, everyMs: day, offsetMs: day }], now: clock.now })).toThrow(/offsetMs/);
  });

  it('stop() lets a running handler finish within the grace period, then aborts it and releases the job', async () => {
    const db = store.db();
    const clock = testClock();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let entered!: () => void;
    const inHandler = new Promise<void>((r) => (entered = r));
    const seen: string[] = [];
    const handlers = {
      'slow.finishes': async () => {
        entered();
        await gate;
        seen.push('finished');
      },
      'slow.hangs': async (_job: Job, ctx: JobContext) => {
        await new Promise((_, reject) => ctx.signal.addEventListener('abort', () => reject(ctx.signal.reason)));
      },
    };
    await enqueueJob(db, { kind: 'slow.finishes', key: 'k', payload: {} });
    await enqueueJob(db, { kind: 'slow.hangs', key: 'k', payload: {} });
    const w = worker({ handlers, concurrency: 2, stopGraceMs: 200, now: clock.now });
    const run = w.runOnce();
    await inHandler;
    const stopping = w.stop();
    release();
    await stopping;
    await run;
    expect(seen).toEqual(['finished']);
    expect(await jobRow(db, 'slow.finishes', 'k')).toMatchObject({ state: 'done', attempts: 1 });
    // Interrupted by the shutdown, not failed: due again, attempt not counted.
    expect(await jobRow(db, 'slow.hangs', 'k')).toMatchObject({ state: 'pending', attempts: 0, locked_by: null });
    expect(await w.runOnce()).toBe(0);
  });

  it('a polling worker runs due jobs by itself with handlers that use the database, and stops', async () => {
    const db = store.db();
    const handlers = { 'note.send': async (job: Job) => recordEffect(db, job.key) };
    const w = worker({ handlers, polling: true, pollMs: 20, concurrency: 3 });
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < 20; i++) await enqueueJob(trx, { kind: 'note.send', key: `p-${i}`, payload: {} });
    });
    await until(async () => (await jobCounts(db)).byState.done === 20, '20 jobs done');
    await w.stop();
    expect(Object.values(await effectRuns(db))).toEqual(Array(20).fill(1));
  });
}
