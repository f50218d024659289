import { LegacyError } from '@jingtong/kit';
import { ChannelAuthRefused } from '../channel-auth-refused.js';
import type { CallContext } from '../call-context.js';
import type { WechatGateway, WechatUser } from './wechat-gateway.js';

export interface WechatOptions {
  /** e.g. https://api.weixin.qq.com (the stand-in: http://127.0.0.1:4900/wechat). */
  apiUrl: string;
  appId: string;
  appSecret: string;
  timeoutMs: number;
}

interface TokenAnswer {
  errcode?: number;
  errmsg?: string;
  access_token?: string;
  openid?: string;
  unionid?: string;
}

/**
 * Two plain HTTPS GETs, as WeChat documents them: no SDK needed (the npm WeChat OAuth packages are
 * callback-era and unmaintained). We do not call /sns/userinfo: a nickname and an avatar are not
 * needed to serve a citizen, so we do not collect them.
 */
export class HttpWechatGateway implements WechatGateway {
  constructor(private readonly options: WechatOptions) {}

  async userForCode(code: string, _ctx: CallContext): Promise<WechatUser> {
    const url = new URL(`${this.options.apiUrl.replace(/\/$/, '')}/sns/oauth2/access_token`);
    url.search = new URLSearchParams({ appid: this.options.appId, secret: this.options.appSecret, code, grant_type: 'authorization_code' }).toString();
    let answer: TokenAnswer;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(this.options.timeoutMs) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      answer = (await res.json()) as TokenAnswer;
    } catch (error) {
      const timeout = (error as Error)?.name === 'TimeoutError';
      throw new LegacyError(timeout ? 'LEGACY_TIMEOUT' : 'LEGACY_UNAVAILABLE', 'wechat', 'sns.oauth2.access_token', error);
    }
    if (answer.errcode) throw new ChannelAuthRefused('wechat', String(answer.errcode));
    if (!answer.openid) throw new LegacyError('LEGACY_FAULT', 'wechat', 'sns.oauth2.access_token');
    return { openid: answer.openid, unionid: answer.unionid || undefined };
  }
}
