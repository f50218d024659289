import { authorizeHref, beginOAuth, finishOAuth } from '@/features/citizen/sign-in/oauth-state';
import { payOrderHref } from './pay-pages';

/** The payment's official account's 网页授权: the same app id the payment centre exchanges the code with (WECHAT_APP_ID). */
export interface WechatAuthConfig {
  authorizeUrl: string;
  appId: string;
}

/**
 * Inside WeChat a JSAPI order needs the payer's openid, which only WeChat's web authorisation gives:
 * the page goes there (`snsapi_base`: no consent page in real WeChat) and comes back to itself.
 */
export function leaveForWechatAuthorisation(orderId: string, config: WechatAuthConfig): void {
  const page = payOrderHref(orderId);
  const state = beginOAuth('wechat', page);
  window.location.assign(authorizeHref('wechat', config, `${window.location.origin}${page}`, state, 'snsapi_base'));
}

/** Back from the authorisation: a code to pay with, or why there is none (in Chinese). */
export type WechatReturn = { code: string } | { problem: string };

/**
 * Reads `?code&state` once and takes them out of the address bar at once (a code is good once, and
 * a reload or a shared link must not carry it). Null when the page was not opened from WeChat's
 * authorisation. A state we did not make for this very order (a forged link) gives no code.
 */
export function takeWechatReturn(orderId: string): WechatReturn | null {
  const url = new URL(window.location.href);
  const code = url.searchParams.get('code');
  const state = url.searchParams.get('state');
  if (code === null && state === null) return null;
  url.searchParams.delete('code');
  url.searchParams.delete('state');
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  const trip = finishOAuth('wechat', state);
  if (!trip || trip.next !== payOrderHref(orderId)) return { problem: '支付请求已失效，请重新点击“立即支付”' };
  if (!code) return { problem: '未获得微信授权，请重新点击“立即支付”' };
  return { code };
}
