import { z } from 'zod';
import { EnvError } from './env-error.js';
import { DEV_CALLER_SIGNING_SECRET, nodeEnvSchema } from './production-env.js';

export { EnvError };

/**
 * Parse the environment once. Every problem is listed, then we stop:
 * a half-configured service must not start.
 */
export function loadEnv<S extends z.ZodType>(schema: S, source: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const parsed = schema.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new EnvError(`Invalid environment:\n${lines.join('\n')}`);
}

/** Shared variables every subgraph understands. */
export const commonEnv = {
  /** Unset means production: development behaviour is asked for explicitly (`npm start`, the test kit). */
  NODE_ENV: nodeEnvSchema,
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().url().optional(),
  REDIS_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('.data'),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /** Idle wait of the durable job worker between claims; 0 runs jobs only when asked (the test kit does). */
  JOBS_POLL_MS: z.coerce.number().int().nonnegative().default(1000),
  /** Development default only; refused in production (`refuseDevelopmentSecrets`). */
  CALLER_SIGNING_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEV_CALLER_SIGNING_SECRET),
  /** `keyId:base64,…` AES-256 keys (first is current) and the blind-index key: read by `keyringFromEnv`, required in production. */
  PII_KEYS: z.string().optional(),
  PII_INDEX_KEY: z.string().optional(),
};

/** Every subgraph that audits: the maintenance job (archive past retention, verify the chain) and how long rows stay live. */
export const auditEnv = {
  /** How often the audit maintenance job runs; 0 = never (the default under NODE_ENV=test, where tests run it). */
  AUDIT_JOB_INTERVAL_MS: z.coerce.number().int().min(0).optional(),
  /** Rows older than this move to the archive table (MLPS: kept online a year). */
  AUDIT_RETENTION_DAYS: z.coerce.number().int().positive().default(365),
  /** HMAC key of the audit chain and its checkpoints, kept outside the database; required in production (`resolveAuditChainKey`). */
  AUDIT_CHAIN_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Where the append-only checkpoint files go (one per subgraph schema); default `<DATA_DIR>/audit`. */
  AUDIT_CHECKPOINT_DIR: z.string().optional(),
};
