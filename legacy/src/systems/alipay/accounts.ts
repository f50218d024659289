/**
 * The Alipay side of the citizens: stable user ids, auth codes (single use, short-lived) and
 * tokens. A citizen is a seeded person (certified real name, phone on file) unless the
 * caller supplies name and mobile for someone the population register does not know.
 */
import type { SeedData } from '../../seed/index.js';
import { isValidIdNumber } from '../../seed/index.js';
import { normalizeIdNumber } from '../shared/keys.js';
import { ExpiringStore, TokenSource, standInDigest } from '../shared/tokens.js';

export interface AlipayCitizen {
  userId: string;
  idNumber: string;
  name: string;
  mobile: string;
}

export interface AlipayAuthorization {
  authCode: string;
  userId: string;
}

export interface TokenGrant {
  access_token: string;
  expires_in: number;
  refresh_token: string;
  re_expires_in: number;
  user_id: string;
}

export const ACCESS_TOKEN_TTL_SECONDS = 1_296_000;
export const REFRESH_TOKEN_TTL_SECONDS = 2_592_000;

/** 2088 + 12 digits, the same for the same person on every server. */
export function alipayUserIdOf(idNumber: string): string {
  const digest = standInDigest('alipay-user-id', normalizeIdNumber(idNumber));
  return `2088${String(digest.readBigUInt64BE(0) % 1_000_000_000_000n).padStart(12, '0')}`;
}

export class AlipayAccounts {
  private readonly codes: ExpiringStore<AlipayCitizen>;
  private readonly accessTokens: ExpiringStore<AlipayCitizen>;
  private readonly refreshTokens: ExpiringStore<AlipayCitizen>;

  constructor(
    private readonly seed: SeedData,
    private readonly tokens: TokenSource,
    private readonly codeTtlSeconds: number,
    now: () => number = Date.now,
  ) {
    this.codes = new ExpiringStore(now);
    this.accessTokens = new ExpiringStore(now);
    this.refreshTokens = new ExpiringStore(now);
  }

  /** The user agreeing in the Alipay app: an auth_code for the merchant. Throws on a bad ID number. */
  authorize(idNumber: string, profile: { name?: string | undefined; mobile?: string | undefined } = {}): AlipayAuthorization {
    const id = normalizeIdNumber(idNumber);
    if (!isValidIdNumber(id)) throw new RangeError(`not a valid ID number: ${idNumber}`);
    const person = this.seed.personById(id);
    const name = profile.name ?? person?.name;
    const mobile = profile.mobile ?? person?.phone;
    if (!name || !mobile) throw new RangeError(`${id} is not a seeded person: give name and mobile`);
    const citizen: AlipayCitizen = { userId: alipayUserIdOf(id), idNumber: id, name, mobile };
    const authCode = this.tokens.hex(16);
    this.codes.put(authCode, citizen, this.codeTtlSeconds);
    return { authCode, userId: citizen.userId };
  }

  redeemCode(code: string): TokenGrant | undefined {
    const citizen = this.codes.take(code);
    return citizen && this.grant(citizen);
  }

  /** Rotates: the old refresh token is spent. */
  refresh(refreshToken: string): TokenGrant | undefined {
    const citizen = this.refreshTokens.take(refreshToken);
    return citizen && this.grant(citizen);
  }

  citizenFor(accessToken: string): AlipayCitizen | 'expired' | undefined {
    if (this.accessTokens.isExpired(accessToken)) return 'expired';
    return this.accessTokens.get(accessToken);
  }

  clear(): void {
    this.codes.clear();
    this.accessTokens.clear();
    this.refreshTokens.clear();
  }

  private grant(citizen: AlipayCitizen): TokenGrant {
    const access_token = `authusrB${this.tokens.hex(16)}`;
    const refresh_token = `authusrB${this.tokens.hex(16)}`;
    this.accessTokens.put(access_token, citizen, ACCESS_TOKEN_TTL_SECONDS);
    this.refreshTokens.put(refresh_token, citizen, REFRESH_TOKEN_TTL_SECONDS);
    return {
      access_token,
      expires_in: ACCESS_TOKEN_TTL_SECONDS,
      re_expires_in: REFRESH_TOKEN_TTL_SECONDS,
      refresh_token,
      user_id: citizen.userId,
    };
  }
}

export function beijingTime(date: Date): string {
  return new Date(date.getTime() + 8 * 3_600_000).toISOString().replace('T', ' ').slice(0, 19);
}
