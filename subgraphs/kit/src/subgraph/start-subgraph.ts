import type { FastifyInstance } from 'fastify';
import { jobCounts } from '../jobs/job-admin.js';
import { startJobWorker, type JobWorker } from '../jobs/job-worker.js';
import { createMetrics } from '../metrics/create-metrics.js';
import { createSubgraphServer } from '../server/create-subgraph-server.js';
import type { AnySubgraphDefinition, SubgraphDepsBase, SubgraphEnvBase } from './define-subgraph.js';

export interface StartedSubgraph<Deps extends SubgraphDepsBase = SubgraphDepsBase> {
  name: string;
  app: FastifyInstance;
  deps: Deps;
  env: SubgraphEnvBase;
  /** The durable job worker, when the subgraph has jobs; `runOnce()` runs what is due now (tests). */
  jobs: JobWorker | null;
  /** Stop serving, then release the dependencies (database, caches, clients, workers). */
  close(): Promise<void>;
}

/** Build a subgraph from its definition and the given environment; listening is the caller's choice. */
export async function buildSubgraph<D extends AnySubgraphDefinition>(definition: D, source: NodeJS.ProcessEnv): Promise<StartedSubgraph<Awaited<ReturnType<D['buildDeps']>>>> {
  const env = definition.env(source);
  const deps = await definition.buildDeps(env, source);
  let jobs: JobWorker | null = null;
  try {
    const metrics = deps.metrics ?? createMetrics(definition.name);
    const handlers = definition.jobs?.(deps);
    if (handlers) {
      if (!deps.database) throw new Error(`${definition.name}: jobs need deps.database`);
      const db = deps.database.db;
      const pollMs = env.JOBS_POLL_MS ?? 1000;
      jobs = startJobWorker({ db, handlers, logger: deps.logger, polling: pollMs > 0, pollMs: pollMs || undefined, recurring: definition.recurring?.(env) ?? [] });
      metrics.watchJobs(() => jobCounts(db));
    }
    const app = await createSubgraphServer({
      name: definition.name,
      schema: await definition.schema(),
      callerSecret: env.CALLER_SIGNING_SECRET,
      logger: deps.logger,
      buildContext: (caller) => definition.context(deps, caller),
      ready: deps.ready,
      metrics,
      publicRoutes: definition.routes ? (app) => definition.routes!(app, deps) : undefined,
    });
    definition.hooks?.(app, deps);
    return {
      name: definition.name,
      app,
      deps,
      env,
      jobs,
      close: async () => {
        await app.close();
        await jobs?.stop();
        await deps.close();
      },
    };
  } catch (error) {
    await jobs?.stop();
    await deps.close();
    throw error;
  }
}
