import type { TokenIssuer } from '../tokens/token-issuer.js';
import type { CitizenSessions } from './citizens-deps.js';

/** Citizen session tokens carrying the real-name level the gateway passes on as `caller.acr`. */
export const citizenSessions = (tokens: Pick<TokenIssuer, 'issue'>, ttlSeconds: number): CitizenSessions => ({
  issue: (citizenId, level) => tokens.issue({ sub: citizenId, kind: 'citizen', acr: level, ttlSeconds }),
});
