import { z } from 'zod';

export class EnvError extends Error {}

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
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().url().optional(),
  REDIS_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('.data'),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /** Idle wait of the durable job worker between claims; 0 runs jobs only when asked (the test kit does). */
  JOBS_POLL_MS: z.coerce.number().int().nonnegative().default(1000),
  CALLER_SIGNING_SECRET: z.string().min(32, 'must be at least 32 characters').default('dev-only-caller-signing-secret-change-me'),
};

/** Every subgraph that audits: the maintenance job (archive past retention, verify the chain) and how long rows stay live. */
export const auditEnv = {
  /** How often the audit maintenance job runs; 0 = never (the default under NODE_ENV=test, where tests run it). */
  AUDIT_JOB_INTERVAL_MS: z.coerce.number().int().min(0).optional(),
  /** Rows older than this move to the archive table (MLPS: kept online a year). */
  AUDIT_RETENTION_DAYS: z.coerce.number().int().positive().default(365),
};
