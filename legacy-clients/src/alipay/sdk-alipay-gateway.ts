import { LegacyError } from '@jingtong/kit';
import { AlipayRequestError, AlipaySdk } from 'alipay-sdk';
import { ChannelAuthRefused } from '../channel-auth-refused.js';
import type { CallContext } from '../call-context.js';
import type { AlipayGateway, AlipayUser } from './alipay-gateway.js';
import { pkcs8Body, spkiBody } from './pem.js';

export interface AlipayOptions {
  gatewayUrl: string;
  appId: string;
  appPrivateKeyPem: string;
  alipayPublicKeyPem: string;
  timeoutMs: number;
}

interface Answer {
  code?: string;
  subCode?: string;
  [key: string]: unknown;
}

/** What the citizen can fix by authorising again; any other error code is our or Alipay's problem. */
const REAUTHORISE = new Set(['isv.code-invalid', 'aop.invalid-auth-token', 'aop.auth-token-time-out']);

/**
 * Alipay's official Node SDK (RSA2 request signatures, response signature verification) pointed at
 * the open platform's gateway, or at the stand-in in development and tests.
 */
export class SdkAlipayGateway implements AlipayGateway {
  private readonly sdk: AlipaySdk;

  constructor(options: AlipayOptions) {
    this.sdk = new AlipaySdk({
      appId: options.appId,
      privateKey: pkcs8Body(options.appPrivateKeyPem),
      keyType: 'PKCS8',
      alipayPublicKey: spkiBody(options.alipayPublicKeyPem),
      gateway: options.gatewayUrl,
      timeout: options.timeoutMs,
      signType: 'RSA2',
      camelcase: true,
    });
  }

  private async exec(method: string, params: Record<string, unknown>, ctx: CallContext): Promise<Answer> {
    try {
      return (await this.sdk.exec(method, params, { validateSign: true, traceId: ctx.requestId.replace(/[^A-Za-z0-9]/g, '') })) as Answer;
    } catch (error) {
      const signedError = this.signedErrorResponse(error);
      if (signedError) return signedError;
      // The SDK's messages can quote the response (personal data): keep only the kind of failure.
      const message = (error as Error)?.message ?? '';
      throw new LegacyError(/timeout/i.test(message) ? 'LEGACY_TIMEOUT' : 'LEGACY_UNAVAILABLE', 'alipay', method);
    }
  }

  /**
   * Gateway-level failures come as `error_response`, which the SDK cannot verify under the method's
   * response key; it is signed all the same, so verify it under its own key before believing it.
   */
  private signedErrorResponse(error: unknown): Answer | undefined {
    if (!(error instanceof AlipayRequestError) || !error.responseDataRaw?.includes('"error_response"')) return undefined;
    try {
      const parsed = JSON.parse(error.responseDataRaw) as { error_response?: { code?: string; sub_code?: string }; sign?: string };
      if (!parsed.error_response || !parsed.sign) return undefined;
      this.sdk.checkResponseSign(error.responseDataRaw, 'error_response', parsed.sign, '');
      return { code: String(parsed.error_response.code ?? ''), subCode: String(parsed.error_response.sub_code ?? '') };
    } catch {
      return undefined;
    }
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
