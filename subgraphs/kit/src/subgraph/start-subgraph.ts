import type { FastifyInstance } from 'fastify';
import { runAuditMaintenance } from '../audit/audit-maintenance.js';
import { setUpAuditTrail } from '../audit/audit-setup.js';
import { jobCounts } from '../jobs/job-admin.js';
import type { JobHandlerMap } from '../jobs/job-handlers.js';
import type { RecurringJob } from '../jobs/recurring-jobs.js';
import { startJobWorker, type JobWorker } from '../jobs/job-worker.js';
import { createMetrics } from '../metrics/create-metrics.js';
import { createCallerNonces } from '../caller/caller-nonces.js';
import { createResilientRedis } from '../redis/resilient-redis.js';
import { createSubgraphServer } from '../server/create-subgraph-server.js';
import { assertProductionSafe } from '../env/production-env.js';
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
  // Defence in depth behind each env schema's own refinement: no subgraph signs with a published secret.
  assertProductionSafe(env);
  const deps = await definition.buildDeps(env, source);
  let jobs: JobWorker | null = null;
  let auditTrail: { close(): Promise<void> } | null = null;
  try {
    // The chain key and checkpoint file; on PostgreSQL, no production start as a role that could rewrite the trail.
    if (definition.audit && deps.database) auditTrail = await setUpAuditTrail(definition.name, env, deps.database, deps.logger);
    const metrics = deps.metrics ?? createMetrics(definition.name);
    const handlers = withAuditMaintenance(definition, env, deps, definition.jobs?.(deps));
    if (handlers) {
      if (!deps.database) throw new Error(`${definition.name}: jobs need deps.database`);
      const db = deps.database.db;
      const pollMs = env.JOBS_POLL_MS ?? 1000;
      const recurring = [...(definition.recurring?.(env) ?? []), ...auditRecurring(definition, env)];
      jobs = startJobWorker({ db, handlers, logger: deps.logger, polling: pollMs > 0, pollMs: pollMs || undefined, recurring });
      metrics.watchJobs(() => jobCounts(db));
    }
    const { routes } = definition;
    // Its own connection, with the stores' fail-fast settings: `/readyz` says `degraded` while Redis is away.
    // The same connection remembers caller nonces, shared with the other replicas (closed with the server).
    const redisProbe = env.REDIS_URL ? createResilientRedis(env.REDIS_URL) : undefined;
    const app = await createSubgraphServer({
      name: definition.name,
      schema: await definition.schema(),
      callerSecret: env.CALLER_SIGNING_SECRET,
      callerNonces: createCallerNonces({ redisUrl: env.REDIS_URL, redis: redisProbe }),
      logger: deps.logger,
      buildContext: (caller) => definition.context(deps, caller),
      ready: deps.ready ?? (deps.database ? () => deps.database.ping() : undefined),
      redis: redisProbe ? async () => void (await redisProbe.ping()) : undefined,
      metrics,
      publicRoutes: routes ? (app) => routes(app, deps) : undefined,
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
        await auditTrail?.close();
        await deps.close();
      },
    };
  } catch (error) {
    await jobs?.stop();
    await deps.close();
    throw error;
  }
}

export const AUDIT_MAINTENANCE_JOB = 'audit.maintenance';

/** Archive + verify the chain hourly, or as configured; off under NODE_ENV=test unless asked for (tests run it themselves). */
function auditRecurring(definition: AnySubgraphDefinition, env: SubgraphEnvBase): RecurringJob[] {
  if (!definition.audit) return [];
  const everyMs = env.AUDIT_JOB_INTERVAL_MS ?? (env.NODE_ENV === 'test' ? 0 : 3_600_000);
  return everyMs > 0 ? [{ kind: AUDIT_MAINTENANCE_JOB, everyMs }] : [];
}

function withAuditMaintenance(definition: AnySubgraphDefinition, env: SubgraphEnvBase, deps: SubgraphDepsBase, handlers: JobHandlerMap | undefined): JobHandlerMap | undefined {
  if (!definition.audit) return handlers;
  const db = deps.database?.db;
  if (!db) throw new Error(`${definition.name}: an audit trail needs deps.database`);
  return {
    ...handlers,
    [AUDIT_MAINTENANCE_JOB]: async (job: { key: string }) => {
      const result = await runAuditMaintenance(db, { retentionDays: env.AUDIT_RETENTION_DAYS ?? 365, requestId: `audit-job-${job.key}` });
      if (result.status && !result.status.ok) deps.logger.error({ firstBrokenId: result.status.firstBrokenId, reason: result.status.reason }, 'audit chain broken');
      else if (!result.skipped) deps.logger.info({ moved: result.moved, checkedRows: result.status?.checkedRows }, 'audit maintenance done');
    },
  };
}
