import { z } from 'zod';
import { loadEnv } from '@jingtong/kit';

export const GatewayEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CALLER_SIGNING_SECRET: z.string().min(32).default('dev-only-caller-signing-secret-change-me'),
  /** Identity's JWKS; tokens are verified against it. */
  JWKS_URL: z.string().url().default('http://127.0.0.1:4001/.well-known/jwks.json'),
  JWT_ISSUER: z.string().default('jingtong-identity'),
  JWT_AUDIENCE: z.string().default('jingtong'),
  /** Deadline for one subgraph fetch. */
  SUBGRAPH_DEADLINE_MS: z.coerce.number().int().positive().default(5000),
  /** Keep-alive sockets per subgraph at most. */
  SUBGRAPH_MAX_SOCKETS: z.coerce.number().int().positive().default(128),
});

export type GatewayEnv = z.infer<typeof GatewayEnvSchema>;

export const loadGatewayEnv = (source: NodeJS.ProcessEnv = process.env) => loadEnv(GatewayEnvSchema, source);
