import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { CallerInput } from '@jingtong/kit';
import { VerifiedTokens } from './verified-tokens.js';

export interface TokenVerifierOptions {
  jwksUrl: string;
  issuer: string;
  audience: string;
  /** Verified tokens remembered (0: verify every request), and for how long at most. */
  cacheSize?: number;
  cacheMaxAgeMs?: number;
}

export type TokenClaims = Omit<CallerInput, 'requestId' | 'channel'>;

const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

const ANONYMOUS: TokenClaims = Object.freeze({ kind: 'anonymous' });

function claimsOf(payload: JWTPayload): TokenClaims {
  const acr = typeof payload.acr === 'number' ? payload.acr : 0;
  if (payload.kind === 'officer') {
    const roles = Object.freeze(Array.isArray(payload.roles) ? payload.roles.map(String) : []) as string[];
    return Object.freeze({ kind: 'officer', sub: String(payload.sub), acr, roles, unit: typeof payload.unit === 'string' ? payload.unit : undefined, sid: typeof payload.sid === 'string' ? payload.sid : undefined });
  }
  return Object.freeze({ kind: 'citizen', sub: String(payload.sub), acr });
}

/**
 * Bearer JWT -> caller. No token: anonymous. A bad, forged or expired token: refused (never silently anonymous).
 * A verified token is remembered until its expiry (at most `cacheMaxAgeMs`): the same claims, frozen, without
 * a signature check per request. Officer sessions are still checked per request, by the guard.
 */
export function createTokenVerifier(options: TokenVerifierOptions, keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 30_000 })) {
  const verified = new VerifiedTokens<TokenClaims>({ max: options.cacheSize ?? 10_000, maxAgeMs: options.cacheMaxAgeMs ?? 60_000 });
  return async (authorization: string | undefined): Promise<TokenClaims> => {
    if (!authorization) return ANONYMOUS;
    const token = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(authorization.trim())?.[1];
    if (!token) throw unauthenticated('登录凭证格式不正确，请重新登录');
    const key = VerifiedTokens.keyOf(token);
    const known = verified.get(key);
    if (known) return known;
    try {
      const { payload } = await jwtVerify(token, keys, { issuer: options.issuer, audience: options.audience, algorithms: ['ES256'], requiredClaims: ['exp', 'sub'] });
      const claims = claimsOf(payload);
      verified.set(key, claims, typeof payload.exp === 'number' ? payload.exp : undefined);
      return claims;
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('登录已过期，请重新登录');
      throw unauthenticated('登录凭证无效，请重新登录');
    }
  };
}

export type TokenVerifier = ReturnType<typeof createTokenVerifier>;
