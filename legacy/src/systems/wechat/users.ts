/**
 * WeChat users of the stand-in. WeChat knows no real name: a user is a free `wechatUser`
 * string (e.g. wx-user-1) with a stable openid (per app) and unionid, a nickname and an
 * avatar URL; codes are single-use and short-lived, access tokens last 7200 s.
 */
import { ExpiringStore, TokenSource, standInDigest } from '../shared/tokens.js';

export interface WechatIdentity {
  wechatUser: string;
  openid: string;
  unionid: string;
}

export interface WechatAuthorization {
  code: string;
  openid: string;
  unionid: string;
}

export interface WechatProfile {
  openid: string;
  nickname: string;
  /** Since 2021 WeChat answers 0 (unknown) and empty places to every app. */
  sex: number;
  province: string;
  city: string;
  country: string;
  headimgurl: string;
  privilege: string[];
  unionid: string;
}

export const ACCESS_TOKEN_TTL_SECONDS = 7200;
const REFRESH_TOKEN_TTL_SECONDS = 30 * 86_400;

/** 'o' + 27 URL-safe base64 characters: the 28-character shape of real openids and unionids. */
const wxId = (purpose: string, value: string) => `o${standInDigest(purpose, value).toString('base64url').slice(0, 27)}`;

export function wechatIdentityOf(appId: string, wechatUser: string): WechatIdentity {
  return { wechatUser, openid: wxId(`wechat-openid:${appId}`, wechatUser), unionid: wxId('wechat-unionid', wechatUser) };
}

export function wechatProfileOf(identity: WechatIdentity): WechatProfile {
  const digest = standInDigest('wechat-profile', identity.wechatUser);
  return {
    openid: identity.openid,
    nickname: `微信用户${String(digest.readUInt16BE(0) % 10_000).padStart(4, '0')}`,
    sex: 0,
    province: '',
    city: '',
    country: '',
    headimgurl: `https://thirdwx.qlogo.cn/mmopen/vi_32/${digest.toString('base64url').slice(0, 40)}/132`,
    privilege: [],
    unionid: identity.unionid,
  };
}

export interface WechatGrant {
  access_token: string;
  expires_in: number;
  refresh_token: string;
  openid: string;
  scope: 'snsapi_userinfo';
  unionid: string;
}

export class WechatUsers {
  private readonly codes: ExpiringStore<WechatIdentity>;
  private readonly accessTokens: ExpiringStore<WechatIdentity>;
  private readonly refreshTokens: ExpiringStore<WechatIdentity>;

  constructor(
    private readonly appId: string,
    private readonly tokens: TokenSource,
    private readonly codeTtlSeconds: number,
    now: () => number = Date.now,
  ) {
    this.codes = new ExpiringStore(now);
    this.accessTokens = new ExpiringStore(now);
    this.refreshTokens = new ExpiringStore(now);
  }

  /** The user agreeing on WeChat's authorisation page: a code for the app. */
  authorize(wechatUser: string): WechatAuthorization {
    const user = wechatUser.trim();
    if (!user || user.length > 64) throw new RangeError('wechatUser must be 1-64 characters');
    const identity = wechatIdentityOf(this.appId, user);
    const code = this.tokens.alphanumeric(32);
    this.codes.put(code, identity, this.codeTtlSeconds);
    return { code, openid: identity.openid, unionid: identity.unionid };
  }

  redeemCode(code: string): WechatGrant | undefined {
    const identity = this.codes.take(code);
    if (!identity) return undefined;
    const access_token = this.tokens.alphanumeric(86);
    const refresh_token = this.tokens.alphanumeric(86);
    this.accessTokens.put(access_token, identity, ACCESS_TOKEN_TTL_SECONDS);
    this.refreshTokens.put(refresh_token, identity, REFRESH_TOKEN_TTL_SECONDS);
    return { access_token, expires_in: ACCESS_TOKEN_TTL_SECONDS, refresh_token, openid: identity.openid, scope: 'snsapi_userinfo', unionid: identity.unionid };
  }

  identityFor(accessToken: string): WechatIdentity | 'expired' | undefined {
    if (this.accessTokens.isExpired(accessToken)) return 'expired';
    return this.accessTokens.get(accessToken);
  }

  clear(): void {
    this.codes.clear();
    this.accessTokens.clear();
    this.refreshTokens.clear();
  }
}
