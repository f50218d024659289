import { z } from 'zod';
import { commonEnv, loadEnv } from '@jingtong/kit';

export const IdentityEnvSchema = z.object({
  ...commonEnv,
  PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  POPULATION_ENDPOINT: z.string().url().default('http://127.0.0.1:4900/population'),
  LEGACY_DEADLINE_MS: z.coerce.number().int().positive().default(3000),
  LEGACY_MAX_IN_FLIGHT: z.coerce.number().int().positive().default(64),
  /** ES256 private key as a JWK (JSON). Without it, development generates one per process. */
  IDENTITY_JWT_PRIVATE_JWK: z.string().optional(),
  IDENTITY_JWT_ISSUER: z.string().default('jingtong-identity'),
  IDENTITY_JWT_AUDIENCE: z.string().default('jingtong'),
  CITIZEN_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(7200),
  /** Tests run each subgraph in a throw-away PostgreSQL schema. */
  DATABASE_SCHEMA: z.string().optional(),
  // Citizen user centre: legacy systems behind sign-in, real-name, bindings and the fugitive check.
  SMS_ENDPOINT: z.string().url().default('http://127.0.0.1:4900/sms'),
  /** Signature the SMS gateway puts in 【】 before every text. */
  SMS_SIGN_NAME: z.string().min(2).default('许昌公安'),
  FUGITIVE_ENDPOINT: z.string().url().default('http://127.0.0.1:4900/fugitive'),
  FACE_ENDPOINT: z.string().url().default('http://127.0.0.1:4900/face'),
  /** The traffic platform, for checking bindings (identity's own client; same credentials as traffic's). */
  TRAFFIC_ENDPOINT: z.string().url().default('http://127.0.0.1:4900/traffic'),
  TRAFFIC_USER_ID: z.string().default('jingtong'),
  TRAFFIC_PASSWORD: z.string().default('jingtong-dev'),
  TRAFFIC_SYS_CODE: z.string().default('JINGTONG'),
  ALIPAY_GATEWAY_URL: z.string().url().default('http://127.0.0.1:4900/alipay/gateway.do'),
  ALIPAY_APP_ID: z.string().default('2021000000000001'),
  /** PEM files; without them (not in production) the legacy stand-in's DEV ONLY keys are used. */
  ALIPAY_APP_PRIVATE_KEY_PATH: z.string().optional(),
  ALIPAY_PUBLIC_KEY_PATH: z.string().optional(),
  WECHAT_API_URL: z.string().url().default('http://127.0.0.1:4900/wechat'),
  WECHAT_APP_ID: z.string().default('wx0000000000000001'),
  WECHAT_APP_SECRET: z.string().default('wechat-dev-secret'),
  // Officers, partner keys, audit.
  /** An officer session ends after this long without a request (MLPS: 30 minutes). */
  OFFICER_IDLE_TIMEOUT_SECONDS: z.coerce.number().int().positive().default(1800),
  /** Officer token lifetime, at most 8 hours. */
  OFFICER_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().max(28_800).default(28_800),
  /** Demo officers (one per role, documented passwords and TOTP secrets); refused in production. */
  DEMO_OFFICERS: z.enum(['on', 'off']).optional(),
  /** HMAC key for partner API keys at rest (at least 32 characters); must be set in production. */
  PARTNER_KEY_HASH_SECRET: z.string().min(32).default('dev-only-partner-key-hash-secret-change-me'),
  /** Archive + verify the audit chain this often; 0 turns the job off (the default under NODE_ENV=test). */
  AUDIT_JOB_INTERVAL_MS: z.coerce.number().int().min(0).optional(),
  /** Audit rows older than this move to `audit_archive`. */
  AUDIT_RETENTION_DAYS: z.coerce.number().int().positive().default(365),
}).superRefine((env, ctx) => {
  if (env.NODE_ENV !== 'production') return;
  // Development defaults must never sign or authenticate anything real.
  for (const key of ['ALIPAY_APP_PRIVATE_KEY_PATH', 'ALIPAY_PUBLIC_KEY_PATH'] as const) {
    if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'required in production' });
  }
  if (env.WECHAT_APP_SECRET === 'wechat-dev-secret') ctx.addIssue({ code: 'custom', path: ['WECHAT_APP_SECRET'], message: 'set the real secret in production' });
  if (env.DEMO_OFFICERS === 'on') ctx.addIssue({ code: 'custom', path: ['DEMO_OFFICERS'], message: 'demo officers are never created in production' });
  if (env.PARTNER_KEY_HASH_SECRET.startsWith('dev-only-')) ctx.addIssue({ code: 'custom', path: ['PARTNER_KEY_HASH_SECRET'], message: 'set a real secret in production' });
});

export type IdentityEnv = z.infer<typeof IdentityEnvSchema>;

export const loadIdentityEnv = (source: NodeJS.ProcessEnv = process.env) => loadEnv(IdentityEnvSchema, source);
