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
});

export type IdentityEnv = z.infer<typeof IdentityEnvSchema>;

export const loadIdentityEnv = (source: NodeJS.ProcessEnv = process.env) => loadEnv(IdentityEnvSchema, source);
