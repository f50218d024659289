import { z } from 'zod';

/** Who is asking, as established by the gateway. Subgraphs never trust anything else. */
export const CallerSchema = z.object({
  /** `service`: another subgraph's job calling an internal route (outbox); `sub` names that subgraph. */
  kind: z.enum(['anonymous', 'citizen', 'officer', 'partner', 'service']),
  /** Citizen / officer / partner id, or the calling subgraph's name; absent for anonymous callers. */
  sub: z.string().optional(),
  /** Real-name assurance level 0-3 (citizens). */
  acr: z.number().int().min(0).max(3).default(0),
  roles: z.array(z.string()).default([]),
  unit: z.string().optional(),
  /** Partner API key scopes (what a partner department may read). */
  scopes: z.array(z.string()).default([]),
  /** Officer session id (idle expiry is enforced by the gateway). */
  sid: z.string().optional(),
  channel: z.enum(['h5', 'console', 'partner', 'direct']).default('direct'),
  /** Keyed digest of the client address the gateway saw (never the address): per-source budgets such as SMS codes. */
  source: z.string().max(64).optional(),
  /**
   * Citizens only: the client address itself, for what a platform must be told (WeChat Pay's H5 orders carry
   * the payer's IP for its risk check). Never stored or logged by a subgraph; everything else uses `source`.
   */
  address: z.string().max(45).optional(),
  requestId: z.string().min(1).max(128),
  /** Issued-at, seconds since epoch: bounds replay of a captured header. */
  iat: z.number().int(),
});

export type Caller = z.infer<typeof CallerSchema>;
export type CallerInput = Omit<Caller, 'iat' | 'acr' | 'roles' | 'channel' | 'scopes'> & Partial<Pick<Caller, 'acr' | 'roles' | 'channel' | 'scopes'>>;

export const CALLER_HEADER = 'x-jt-caller';
export const REQUEST_ID_HEADER = 'x-request-id';
