import { LegacyError } from '@jingtong/kit';
import type { AlipaySdk } from 'alipay-sdk';
import { ChannelAuthRefused } from '../channel-auth-refused.js';
import type { CallContext } from '../call-context.js';
import type { AlipayGateway, AlipayUser } from './alipay-gateway.js';
import { createAlipaySdk, execAlipay, type AlipayAnswer as Answer, type AlipayOptions } from './alipay-sdk-exec.js';

export type { AlipayOptions } from './alipay-sdk-exec.js';

/** What the citizen can fix by authorising again; any other error code is our or Alipay's problem. */
const REAUTHORISE = new Set(['isv.code-invalid', 'aop.invalid-auth-token', 'aop.auth-token-time-out']);

/**
 * Alipay's official Node SDK (RSA2 request signatures, response signature verification) pointed at
 * the open platform's gateway, or at the stand-in in development and tests.
 */
export class SdkAlipayGateway implements AlipayGateway {
  private readonly sdk: AlipaySdk;

  constructor(options: AlipayOptions) {
    this.sdk = createAlipaySdk(options);
  }

  private exec(method: string, params: Record<string, unknown>, ctx: CallContext): Promise<Answer> {
    return execAlipay(this.sdk, method, params, ctx);
  }

  private static refusalOf(answer: Answer, method: string): Error | undefined {
    if (!answer.code || answer.code === '10000') return undefined;
    return REAUTHORISE.has(String(answer.subCode)) ? new ChannelAuthRefused('alipay', String(answer.subCode)) : new LegacyError('LEGACY_FAULT', 'alipay', method);
  }

  async userForAuthCode(authCode: string, ctx: CallContext): Promise<AlipayUser> {
    const token = await this.exec('alipay.system.oauth.token', { grantType: 'authorization_code', code: authCode }, ctx);
    const tokenRefusal = SdkAlipayGateway.refusalOf(token, 'alipay.system.oauth.token');
    if (tokenRefusal) throw tokenRefusal;
    const accessToken = String(token.accessToken ?? '');
    if (!accessToken) throw new LegacyError('LEGACY_FAULT', 'alipay', 'alipay.system.oauth.token');

    const info = await this.exec('alipay.user.info.share', { authToken: accessToken }, ctx);
    const infoRefusal = SdkAlipayGateway.refusalOf(info, 'alipay.user.info.share');
    if (infoRefusal) throw infoRefusal;
    const text = (v: unknown) => (v === undefined || v === null ? undefined : String(v));
    return {
      userId: String(info.userId ?? token.userId),
      certified: info.isCertified === 'T',
      certType: text(info.certType),
      certNo: text(info.certNo),
      name: text(info.userName),
      mobile: text(info.mobile),
    };
  }
}
