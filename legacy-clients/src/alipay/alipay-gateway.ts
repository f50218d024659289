import type { CallContext } from '../call-context.js';

/** An Alipay user as the open platform describes them (alipay.user.info.share). */
export interface AlipayUser {
  /** 2088… : stable per person for our app. */
  userId: string;
  /** Alipay has verified the person's real name (is_certified = T). */
  certified: boolean;
  /** Identity document type; "0" is the resident identity card. */
  certType?: string;
  certNo?: string;
  name?: string;
  mobile?: string;
}

/** Alipay OAuth (用户信息授权): auth code -> user id + certified real-name info. */
export interface AlipayGateway {
  /** Throws ChannelAuthRefused for an invalid, used or expired auth code. */
  userForAuthCode(authCode: string, ctx: CallContext): Promise<AlipayUser>;
}
