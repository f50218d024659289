import { z } from 'zod';
import { DEV_CALLER_SIGNING_SECRET, loadEnv, nodeEnvSchema, refuseDevelopmentSecrets } from '@jingtong/kit';
import { trustedProxiesSchema } from './http/client-address.js';

export const GatewayEnvSchema = z.object({
  /** Unset means production: development behaviour is asked for explicitly (`npm start`, the test kit). */
  NODE_ENV: nodeEnvSchema,
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Development default only; refused in production. */
  CALLER_SIGNING_SECRET: z.string().min(32).default(DEV_CALLER_SIGNING_SECRET),
  /** Identity's JWKS; tokens are verified against it. */
  JWKS_URL: z.string().url().default('http://127.0.0.1:4001/.well-known/jwks.json'),
  JWT_ISSUER: z.string().default('jingtong-identity'),
  JWT_AUDIENCE: z.string().default('jingtong'),
  /** Verified tokens remembered per gateway process (0: verify the signature on every request)… */
  TOKEN_CACHE_SIZE: z.coerce.number().int().min(0).default(10_000),
  /** …each until its expiry, at most this long (how long a key withdrawn from the JWKS still works here). */
  TOKEN_CACHE_MAX_AGE_S: z.coerce.number().int().positive().default(60),
  /** Deadline for one subgraph fetch's response headers (and the longest pause in its body). */
  SUBGRAPH_DEADLINE_MS: z.coerce.number().int().positive().default(5000),
  /** Keep-alive sockets per subgraph at most. */
  SUBGRAPH_MAX_SOCKETS: z.coerce.number().int().positive().default(128),
  /** Identity's internal routes (partner keys, officer sessions). */
  IDENTITY_INTERNAL_URL: z.string().url().default('http://127.0.0.1:4001'),
  /** Shared rate-limit counters for every gateway replica; in-process without it. */
  REDIS_URL: z.string().url().optional(),
  /** First-party channels (H5, console) may run only persisted operations. Turn off only for local tooling. */
  SAFELIST_ENFORCE: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  PERSISTED_DOCUMENTS_PATH: z.string().optional(),
  /** Key prefix of the shared counters (tests isolate runs with it). */
  RATE_LIMIT_PREFIX: z.string().default('jt:rl'),
  RATE_LIMIT_CALLER_PER_MINUTE: z.coerce.number().int().positive().default(120),
  RATE_LIMIT_IP_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /**
   * Peers whose X-Forwarded-For is believed (the web app's /api/graphql proxy, a load balancer): comma-separated
   * IPs, CIDRs or `loopback` / `linklocal` / `uniquelocal`; `none` trusts nobody. Anyone else's header is ignored.
   */
  TRUSTED_PROXIES: trustedProxiesSchema,
  LIMIT_MAX_DEPTH: z.coerce.number().int().positive().default(10),
  LIMIT_MAX_ALIASES: z.coerce.number().int().positive().default(15),
  LIMIT_MAX_TOKENS: z.coerce.number().int().positive().default(1000),
  LIMIT_MAX_COST: z.coerce.number().int().positive().default(5000),
}).superRefine(refuseDevelopmentSecrets({ pii: false }));

export type GatewayEnv = z.infer<typeof GatewayEnvSchema>;

export const loadGatewayEnv = (source: NodeJS.ProcessEnv = process.env) => loadEnv(GatewayEnvSchema, source);
