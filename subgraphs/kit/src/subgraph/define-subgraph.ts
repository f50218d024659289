import type { FastifyInstance } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Caller } from '../caller/caller.js';
import type { Database } from '../db/create-database.js';
import type { JobHandlerMap } from '../jobs/job-handlers.js';
import type { RecurringJob } from '../jobs/recurring-jobs.js';
import type { Metrics } from '../metrics/create-metrics.js';

/** What the kit needs from every subgraph's validated environment. */
export interface SubgraphEnvBase {
  NODE_ENV: 'development' | 'test' | 'production';
  HOST: string;
  PORT?: number;
  LOG_LEVEL: string;
  CALLER_SIGNING_SECRET: string;
  /** Shared caches and counters; `/readyz` reports whether it answers (`degraded` when it does not). */
  REDIS_URL?: string;
  /** Idle wait of the job worker between claims; 0: jobs run only when asked (tests). */
  JOBS_POLL_MS?: number;
  AUDIT_JOB_INTERVAL_MS?: number;
  AUDIT_RETENTION_DAYS?: number;
  AUDIT_CHAIN_KEY?: string;
  AUDIT_CHECKPOINT_DIR?: string;
  DATA_DIR?: string;
}

/** What the kit needs from every subgraph's dependencies. */
export interface SubgraphDepsBase {
  logger: Logger;
  /** Readiness (`/readyz`): resolves when the database and caches answer. */
  ready?: () => Promise<void>;
  /** The subgraph's own database (its schema includes `JobDatabase`); the job worker takes its jobs from it. */
  // biome-ignore lint/suspicious/noExplicitAny: Kysely's types are invariant in the database type, so a subgraph's Database<TheirDb> is not a Database<JobDatabase>.
  database?: Database<any>;
  /** This instance's Prometheus registry (`/metrics`); the kit makes one when absent. */
  metrics?: Metrics;
  close(): Promise<void>;
}

/**
 * One subgraph, described once: how to read its environment, build its dependencies, schema and
 * per-request context, its extra routes, and where its legacy clients point in a local stack.
 * `runSubgraph` (production, `npm start`), the test kit and the bench all start it from this.
 */
export interface SubgraphDefinition<Env extends SubgraphEnvBase = SubgraphEnvBase, Deps extends SubgraphDepsBase = SubgraphDepsBase, Ctx extends object = object> {
  /** As in `subgraphs/registry.ts` and the folder name. */
  name: string;
  /** Validate the environment (zod, every problem listed). */
  env: (source: NodeJS.ProcessEnv) => Env;
  buildDeps: (env: Env, source: NodeJS.ProcessEnv) => Promise<Deps>;
  schema: () => Promise<GraphQLSchema>;
  /** Built per request: DataLoaders never outlive it. */
  context: (deps: Deps, caller: Caller) => Ctx;
  /** Routes outside /graphql (e.g. identity's JWKS and internal routes); each guards itself. */
  routes?: (app: FastifyInstance, deps: Deps) => void | Promise<void>;
  /** Hooks on the GraphQL server (e.g. flagging stale answers in `extensions`). */
  hooks?: (app: FastifyInstance, deps: Deps) => void;
  /** Durable job handlers (idempotent by key), run by the kit's worker on this subgraph's `jobs` table. */
  jobs?: (deps: Deps) => JobHandlerMap;
  /**
   * The subgraph keeps an audit trail (its migrations include the kit's audit tables and integrity
   * triggers): the kit adds the `audit.maintenance` job (archive past retention, verify the chain,
   * once per AUDIT_JOB_INTERVAL_MS across replicas); its schema adds `auditTrail` to show the trail.
   */
  audit?: boolean;
  /** Jobs that run once per period across all replicas. */
  recurring?: (env: Env) => readonly RecurringJob[];
  /** Env that points this subgraph's legacy clients at the stand-ins at `standInUrl` (test kit, bench, `npm start`). */
  legacy?: (standInUrl: string) => Record<string, string>;
}

/** Identity function that fixes the types of a definition (the context type follows from `context`). */
export const defineSubgraph = <Env extends SubgraphEnvBase, Deps extends SubgraphDepsBase, Ctx extends object>(
  definition: SubgraphDefinition<Env, Deps, Ctx>,
): SubgraphDefinition<Env, Deps, Ctx> => definition;

// biome-ignore lint/suspicious/noExplicitAny: a definition of any subgraph, whatever its env, deps and context types
export type AnySubgraphDefinition = SubgraphDefinition<any, any, any>;
