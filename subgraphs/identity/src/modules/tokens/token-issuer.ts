import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, SignJWT, type CryptoKey, type JWK } from 'jose';

/** An officer's working day at most; idleness ends a session much sooner (see `touchSession`). */
export const OFFICER_TOKEN_MAX_TTL_SECONDS = 8 * 3600;

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

/** Session tokens: ES256 JWTs signed by identity; the gateway verifies them against our JWKS. */
export class TokenIssuer {
  private constructor(
    private readonly privateKey: CryptoKey,
    private readonly publicJwk: JWK,
    private readonly issuer: string,
    private readonly audience: string,
  ) {}

  static async create(options: { privateJwk?: string; issuer: string; audience: string }): Promise<TokenIssuer> {
    let privateJwk: JWK;
    if (options.privateJwk) {
      privateJwk = JSON.parse(options.privateJwk) as JWK;
    } else {
      const pair = await generateKeyPair('ES256', { extractable: true });
      privateJwk = await exportJWK(pair.privateKey);
    }
    const { d: _secret, ...publicPart } = privateJwk;
    const kid = await calculateJwkThumbprint(publicPart);
    const privateKey = (await importJWK({ ...privateJwk, alg: 'ES256' }, 'ES256')) as CryptoKey;
    return new TokenIssuer(privateKey, { ...publicPart, kid, alg: 'ES256', use: 'sig' }, options.issuer, options.audience);
  }

  async issue(claims: { sub: string; kind: 'citizen' | 'officer'; acr: number; ttlSeconds: number }): Promise<IssuedToken> {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + claims.ttlSeconds;
    const token = await new SignJWT({ kind: claims.kind, acr: claims.acr })
      .setProtectedHeader({ alg: 'ES256', kid: this.publicJwk.kid })
      .setSubject(claims.sub)
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .setJti(crypto.randomUUID())
      .sign(this.privateKey);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /**
   * An officer's session token: `roles` and `unit` are what they were at sign-in (the gateway replaces
   * them with the current ones on every request, when it touches `sid`); `acr: 2` = password + TOTP.
   */
  async issueOfficer(claims: { sub: string; roles: string[]; unit: string; sid: string; ttlSeconds: number }): Promise<IssuedToken> {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + Math.min(claims.ttlSeconds, OFFICER_TOKEN_MAX_TTL_SECONDS);
    const token = await new SignJWT({ kind: 'officer', acr: 2, roles: claims.roles, unit: claims.unit, sid: claims.sid })
      .setProtectedHeader({ alg: 'ES256', kid: this.publicJwk.kid })
      .setSubject(claims.sub)
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .setJti(crypto.randomUUID())
      .sign(this.privateKey);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  jwks(): { keys: JWK[] } {
    return { keys: [this.publicJwk] };
  }
}
