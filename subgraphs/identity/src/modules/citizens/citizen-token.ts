import type { IdentityDeps } from '../../deps.js';

/** A citizen session token carrying the real-name level the gateway passes on as `caller.acr`. */
export const issueCitizenToken = (deps: IdentityDeps, citizenId: string, level: number) =>
  deps.tokens.issue({ sub: citizenId, kind: 'citizen', acr: level, ttlSeconds: deps.env.CITIZEN_TOKEN_TTL_SECONDS });
