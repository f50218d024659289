import { z } from 'zod';
import { AUDIT_CHAIN_DEV_KEY, auditEnv, commonEnv, loadEnv, refuseDevelopmentSecrets } from '@jingtong/kit';
import { legacyCallEnv, STAND_IN_TRAFFIC_PASSWORD, trafficPlatformEnv } from '@jingtong/legacy-clients/env';

export const TrafficEnvSchema = z.object({
  ...commonEnv,
  ...auditEnv,
  ...trafficPlatformEnv,
  ...legacyCallEnv,
  LEGACY_BREAKER_VOLUME: z.coerce.number().int().positive().default(10),
  LEGACY_BREAKER_RESET_MS: z.coerce.number().int().positive().default(10_000),
  CACHE_VEHICLES_TTL_MS: z.coerce.number().int().positive().default(5 * 60_000),
  CACHE_VIOLATIONS_TTL_MS: z.coerce.number().int().positive().default(60_000),
  CACHE_STALE_MS: z.coerce.number().int().nonnegative().default(24 * 60 * 60_000),
  DATABASE_SCHEMA: z.string().optional(),
}).superRefine(refuseDevelopmentSecrets({ published: { TRAFFIC_PASSWORD: STAND_IN_TRAFFIC_PASSWORD, AUDIT_CHAIN_KEY: AUDIT_CHAIN_DEV_KEY } }));

export type TrafficEnv = z.infer<typeof TrafficEnvSchema>;

export const loadTrafficEnv = (source: NodeJS.ProcessEnv = process.env) => loadEnv(TrafficEnvSchema, source);
