/**
 * The OAuth `state` for one trip to Alipay / WeChat and back: random, kept in
 * this tab's sessionStorage with where to go afterwards, and accepted once.
 * A callback whose state we did not make (a forged link) is refused.
 */
export type OAuthChannel = 'alipay' | 'wechat';

interface Pending {
  state: string;
  channel: OAuthChannel;
  next: string;
  createdAt: number;
}

const KEY = 'jingtong.citizen.oauth';
/** Longer than any real authorisation takes; an old state is not worth trusting. */
const MAX_AGE_MS = 10 * 60_000;

function randomState(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function beginOAuth(channel: OAuthChannel, next: string): string {
  const pending: Pending = { state: randomState(), channel, next, createdAt: Date.now() };
  window.sessionStorage.setItem(KEY, JSON.stringify(pending));
  return pending.state;
}

/** Where to go next if `state` is the one we made for this channel; null otherwise. Either way it is used up. */
export function finishOAuth(channel: OAuthChannel, state: string | null): { next: string } | null {
  const raw = window.sessionStorage.getItem(KEY);
  window.sessionStorage.removeItem(KEY);
  if (!raw || !state) return null;
  try {
    const pending = JSON.parse(raw) as Pending;
    if (pending.channel !== channel || pending.state !== state || Date.now() - pending.createdAt > MAX_AGE_MS) return null;
    return { next: pending.next };
  } catch {
    return null;
  }
}

/**
 * WeChat's scopes: `snsapi_userinfo` (the sign-in: nickname and unionid, after the user agrees) or
 * `snsapi_base` (the openid only, without a consent page: what paying inside WeChat needs).
 */
export type WechatScope = 'snsapi_userinfo' | 'snsapi_base';

/** The authorise page's address with our app id, callback and state (each channel names them its own way). */
export function authorizeHref(
  channel: OAuthChannel,
  config: { authorizeUrl: string; appId: string },
  redirectUri: string,
  state: string,
  wechatScope: WechatScope = 'snsapi_userinfo',
): string {
  const url = new URL(config.authorizeUrl);
  if (channel === 'alipay') {
    url.searchParams.set('app_id', config.appId);
    url.searchParams.set('scope', 'auth_user');
    url.searchParams.set('redirect_uri', redirectUri);
    url.searchParams.set('state', state);
    return url.toString();
  }
  url.searchParams.set('appid', config.appId);
  url.searchParams.set('redirect_uri', redirectUri);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', wechatScope);
  url.searchParams.set('state', state);
  // WeChat's page insists on this fragment; it never reaches a server.
  url.hash = 'wechat_redirect';
  return url.toString();
}
