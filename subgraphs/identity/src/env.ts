import { z } from 'zod';
import { AUDIT_CHAIN_DEV_KEY, auditEnv, commonEnv, loadEnv, refuseDevelopmentSecrets } from '@jingtong/kit';
import { alipayEnv, faceEnv, fugitiveEnv, legacyCallEnv, populationEnv, smsEnv, STAND_IN_TRAFFIC_PASSWORD, trafficPlatformEnv, wechatEnv } from '@jingtong/legacy-clients/env';
import { DEFAULT_SMS_BUDGET } from './modules/citizens/sms/sms-budget.js';

export const IdentityEnvSchema = z.object({
  ...commonEnv,
  ...populationEnv,
  ...legacyCallEnv,
  /** ES256 private key as a JWK (JSON). Without it, development generates one per process. */
  IDENTITY_JWT_PRIVATE_JWK: z.string().optional(),
  IDENTITY_JWT_ISSUER: z.string().default('jingtong-identity'),
  IDENTITY_JWT_AUDIENCE: z.string().default('jingtong'),
  CITIZEN_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(7200),
  /** Tests run each subgraph in a throw-away PostgreSQL schema. */
  DATABASE_SCHEMA: z.string().optional(),
  // Citizen user centre: legacy systems behind sign-in, real-name, bindings and the fugitive check.
  ...smsEnv,
  /** SMS codes a client address gets an hour before each further one needs a human check . */
  SMS_FREE_PER_SOURCE: z.coerce.number().int().min(0).default(DEFAULT_SMS_BUDGET.freePerSource),
  /** SMS codes a client address gets an hour, human checks included. */
  SMS_MAX_PER_SOURCE: z.coerce.number().int().positive().default(DEFAULT_SMS_BUDGET.maxPerSource),
  /** SMS codes the service sends a minute, all callers together. */
  SMS_MAX_PER_MINUTE: z.coerce.number().int().positive().default(DEFAULT_SMS_BUDGET.maxPerMinute),
  ...fugitiveEnv,
  ...faceEnv,
  /** The traffic platform, for checking bindings (same credentials as traffic's). */
  ...trafficPlatformEnv,
  ...alipayEnv,
  ...wechatEnv,
  // Officers, partner keys, audit.
  /** An officer session ends after this long without a request (MLPS: 30 minutes). */
  OFFICER_IDLE_TIMEOUT_SECONDS: z.coerce.number().int().positive().default(1800),
  /** Officer token lifetime, at most 8 hours. */
  OFFICER_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().max(28_800).default(28_800),
  /** Demo officers (one per role, documented passwords and TOTP secrets); refused in production. */
  DEMO_OFFICERS: z.enum(['on', 'off']).optional(),
  /** HMAC key for partner API keys at rest (at least 32 characters); must be set in production. */
  PARTNER_KEY_HASH_SECRET: z.string().min(32).default('dev-only-partner-key-hash-secret-change-me'),
  /** verifyPerson checks per partner and day (Asia/Shanghai); over it: VERIFY_BUDGET_EXCEEDED. */
  VERIFY_PERSON_DAILY_LIMIT: z.coerce.number().int().positive().default(500),
  ...auditEnv,
}).superRefine((env, ctx) => {
  // The caller secret, PII keys, the signing key (one per deployment, shared by replicas), the platform password.
  refuseDevelopmentSecrets({ required: ['IDENTITY_JWT_PRIVATE_JWK'], published: { TRAFFIC_PASSWORD: STAND_IN_TRAFFIC_PASSWORD, AUDIT_CHAIN_KEY: AUDIT_CHAIN_DEV_KEY } })(env, ctx);
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
