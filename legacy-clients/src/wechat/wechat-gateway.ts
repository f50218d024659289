import type { CallContext } from '../call-context.js';

/** A WeChat user for our official account: no real name, only stable ids. */
export interface WechatUser {
  openid: string;
  /** Stable across the bureau's WeChat apps; absent when the account is not linked to an open platform. */
  unionid?: string;
}

/** WeChat web OAuth (网页授权): code -> openid / unionid. */
export interface WechatGateway {
  /** Throws ChannelAuthRefused for an invalid, used or expired code. */
  userForCode(code: string, ctx: CallContext): Promise<WechatUser>;
}
