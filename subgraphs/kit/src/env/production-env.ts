import { createHash } from 'node:crypto';
import { z } from 'zod';
import { EnvError } from './env-error.js';

/**
 * Development behaviour (dev sign-in, demo officers, published keys) must be asked for: `npm start` sets
 * `NODE_ENV=development`, the test kit `test`. A deployment that sets nothing runs as production.
 */
export const nodeEnvSchema = z.enum(['development', 'test', 'production']).default('production');

/** True only for an explicit `development` or `test`: anything else (unset included) is production. */
export const isDevelopmentMode = (nodeEnv: string | undefined): boolean => nodeEnv === 'development' || nodeEnv === 'test';

/** Published in this repository: never a key in production. */
export const DEV_CALLER_SIGNING_SECRET = 'dev-only-caller-signing-secret-change-me';

/** The PII keys development derives from a fixed phrase (`keyringFromEnv` without keys). */
export const devPiiKey = (label: 'enc' | 'index'): Buffer => createHash('sha256').update(`jingtong-dev-only:${label}`).digest();

const looksPublished = (value: string, published: readonly string[]) => value.startsWith('dev-only-') || published.includes(value);

/** What a production deployment must set itself, beyond the kit's common secrets. */
export interface ProductionSecrets {
  /** Variables without a safe default: required in production. */
  required?: readonly string[];
  /** Variables whose default is a development value: that value (or any `dev-only-…`) is refused in production. */
  published?: Readonly<Record<string, string>>;
  /** The service keeps personal data (every subgraph does; the gateway does not): PII_KEYS and PII_INDEX_KEY too. */
  pii?: boolean;
}

type Issue = { path: string; message: string };

/** Every secret problem of a production environment; none outside production. */
export function productionSecretIssues(env: Record<string, unknown>, extra: ProductionSecrets = {}): Issue[] {
  if (env.NODE_ENV !== 'production') return [];
  const issues: Issue[] = [];
  const value = (key: string) => (typeof env[key] === 'string' ? (env[key] as string) : undefined);
  const caller = value('CALLER_SIGNING_SECRET');
  if (caller === undefined || looksPublished(caller, [DEV_CALLER_SIGNING_SECRET])) {
    issues.push({ path: 'CALLER_SIGNING_SECRET', message: 'required in production (the development value is public)' });
  }
  for (const key of extra.required ?? []) if (!value(key)) issues.push({ path: key, message: 'required in production' });
  for (const [key, published] of Object.entries(extra.published ?? {})) {
    const v = value(key);
    if (v === undefined || looksPublished(v, [published])) issues.push({ path: key, message: 'set a real value in production (the default is public)' });
  }
  return issues;
}

/** The PII keys of every subgraph: required in production, and never the development ones. */
export function piiKeyIssues(env: Record<string, unknown>): Issue[] {
  if (env.NODE_ENV !== 'production') return [];
  const issues: Issue[] = [];
  const keys = typeof env.PII_KEYS === 'string' ? env.PII_KEYS : '';
  const index = typeof env.PII_INDEX_KEY === 'string' ? env.PII_INDEX_KEY : '';
  if (!keys) issues.push({ path: 'PII_KEYS', message: 'required in production' });
  else if (keys.includes(devPiiKey('enc').toString('base64'))) issues.push({ path: 'PII_KEYS', message: 'the development key is public: set real keys in production' });
  if (!index) issues.push({ path: 'PII_INDEX_KEY', message: 'required in production' });
  else if (index === devPiiKey('index').toString('base64')) issues.push({ path: 'PII_INDEX_KEY', message: 'the development key is public: set a real key in production' });
  return issues;
}

/**
 * A zod refinement for a service's env schema: the caller secret, the PII keys and `extra` are
 * required in production and refused when they are development values; each problem is listed.
 */
export const refuseDevelopmentSecrets =
  (extra: ProductionSecrets = {}) =>
  (env: Record<string, unknown>, ctx: z.RefinementCtx): void => {
    for (const issue of [...productionSecretIssues(env, extra), ...(extra.pii === false ? [] : piiKeyIssues(env))]) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  };

/** The kit's last word before a subgraph starts (for a schema that forgot the refinement). */
export function assertProductionSafe(env: { NODE_ENV: string; CALLER_SIGNING_SECRET: string }): void {
  const issues = productionSecretIssues(env);
  if (issues.length) throw new EnvError(`Invalid environment:\n${issues.map((i) => `  - ${i.path}: ${i.message}`).join('\n')}`);
}
