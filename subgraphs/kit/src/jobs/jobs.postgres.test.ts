import { enqueueJob } from './enqueue-job.js';
import { jobCounts } from './job-admin.js';
import type { Job } from './job-handlers.js';
import { describeJobScenarios } from './job-scenarios.js';
import { effectRuns, recordEffect, silentLogger, until } from './job-test-helpers.js';
import { postgresStore } from './job-test-stores.js';
import { startJobWorker } from './job-worker.js';


describe('durable jobs (PostgreSQL, a schema per subgraph)', () => {
  const store = postgresStore();
  describeJobScenarios(store);

  it('two replicas, each with its own pool and several jobs at a time, run each of 200 jobs exactly once', async () => {
    const jobs = 200;
    const replicas = [store.db(), await store.replica()];
    const invocations = new Map<string, number>();
    const ranBy = [0, 0];
    const handler = (db: (typeof replicas)[number], replica: number) => async (job: Job<{ n: number }>) => {
      invocations.set(job.key, (invocations.get(job.key) ?? 0) + 1);
      ranBy[replica] += 1;
      // Uneven handler times, so the replicas' claims interleave instead of taking turns.
      await new Promise((r) => setTimeout(r, job.payload.n % 7));
      await recordEffect(db, job.key);
    };
    const workers = replicas.map((db, replica) =>
      startJobWorker({ db, handlers: { 'outbox.call': handler(db, replica) }, logger: silentLogger, pollMs: 10, concurrency: 4 }),
    );
    try {
      // Enqueued while both already poll, in several commits, so they compete for every batch.
      for (let batch = 0; batch < 10; batch++) {
        await store.db().transaction().execute(async (trx) => {
          for (let i = 0; i < jobs / 10; i++) {
            const n = batch * (jobs / 10) + i;
            await enqueueJob(trx, { kind: 'outbox.call', key: `call-${n}`, payload: { n } });
          }
        });
      }
      await until(async () => (await jobCounts(store.db())).byState.done === jobs, `${jobs} jobs done`, 15_000);
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
    }
    expect(invocations.size).toBe(jobs);
    expect([...invocations.values()].every((n) => n === 1)).toBe(true);
    const effects = await effectRuns(store.db());
    expect(Object.keys(effects)).toHaveLength(jobs);
    expect(Object.values(effects).every((n) => n === 1)).toBe(true);
    expect(await store.db().selectFrom('jobs').select(['state', 'attempts']).distinct().execute()).toEqual([{ state: 'done', attempts: 1 }]);
    // Both replicas took part, or this proved nothing about replicas.
    expect(ranBy.every((n) => n > 0)).toBe(true);
  }, 30_000);
});
