import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { CallerInput } from '@jingtong/kit';

export interface TokenVerifierOptions {
  jwksUrl: string;
  issuer: string;
  audience: string;
}

const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/** Bearer JWT -> caller. No token: anonymous. A bad, forged or expired token: refused (never silently anonymous). */
export function createTokenVerifier(options: TokenVerifierOptions, keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 30_000 })) {
  return async (authorization: string | undefined): Promise<Omit<CallerInput, 'requestId' | 'channel'>> => {
    if (!authorization) return { kind: 'anonymous' };
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(authorization.trim());
    if (!match) throw unauthenticated('登录凭证格式不正确，请重新登录');
    try {
      const { payload } = await jwtVerify(match[1]!, keys, { issuer: options.issuer, audience: options.audience, algorithms: ['ES256'] });
      const acr = typeof payload.acr === 'number' ? payload.acr : 0;
      if (payload.kind === 'officer') {
        const roles = Array.isArray(payload.roles) ? payload.roles.map(String) : [];
        return { kind: 'officer', sub: String(payload.sub), acr, roles, unit: typeof payload.unit === 'string' ? payload.unit : undefined, sid: typeof payload.sid === 'string' ? payload.sid : undefined };
      }
      return { kind: 'citizen', sub: String(payload.sub), acr };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('登录已过期，请重新登录');
      throw unauthenticated('登录凭证无效，请重新登录');
    }
  };
}

export type TokenVerifier = ReturnType<typeof createTokenVerifier>;
