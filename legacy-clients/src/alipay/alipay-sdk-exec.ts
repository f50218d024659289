/**
 * Alipay's official Node SDK as both Alipay clients use it: RSA2 request signatures with the app key,
 * every answer's signature verified with Alipay's public key, and transport failures turned into
 * LEGACY_* errors that never quote the answer (it can hold personal data).
 */
import { LegacyError } from '@jingtong/kit';
import { AlipayRequestError, AlipaySdk } from 'alipay-sdk';
import type { CallContext } from '../call-context.js';
import { pkcs8Body, spkiBody } from './pem.js';

export interface AlipayOptions {
  gatewayUrl: string;
  appId: string;
  appPrivateKeyPem: string;
  alipayPublicKeyPem: string;
  timeoutMs: number;
}

/** A verified answer with its keys in camelCase (`subCode`, `outTradeNo`, …). */
export interface AlipayAnswer {
  code?: string;
  subCode?: string;
  subMsg?: string;
  [key: string]: unknown;
}

export function createAlipaySdk(options: AlipayOptions): AlipaySdk {
  return new AlipaySdk({
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

/**
 * Gateway-level failures come as `error_response`, which the SDK cannot verify under the method's
 * response key; it is signed all the same, so verify it under its own key before believing it.
 */
function signedErrorResponse(sdk: AlipaySdk, error: unknown): AlipayAnswer | undefined {
  if (!(error instanceof AlipayRequestError) || !error.responseDataRaw?.includes('"error_response"')) return undefined;
  try {
    const parsed = JSON.parse(error.responseDataRaw) as { error_response?: { code?: string; sub_code?: string }; sign?: string };
    if (!parsed.error_response || !parsed.sign) return undefined;
    sdk.checkResponseSign(error.responseDataRaw, 'error_response', parsed.sign, '');
    return { code: String(parsed.error_response.code ?? ''), subCode: String(parsed.error_response.sub_code ?? '') };
  } catch {
    return undefined;
  }
}

/** One gateway call; a refusal is an answer (`code` other than 10000), an outage or a bad signature throws LegacyError. */
export async function execAlipay(sdk: AlipaySdk, method: string, params: Record<string, unknown>, ctx?: CallContext): Promise<AlipayAnswer> {
  try {
    const traceId = ctx?.requestId.replace(/[^A-Za-z0-9]/g, '') || undefined;
    return (await sdk.exec(method, params, { validateSign: true, ...(traceId ? { traceId } : {}) })) as AlipayAnswer;
  } catch (error) {
    const signedError = signedErrorResponse(sdk, error);
    if (signedError) return signedError;
    const message = (error as Error)?.message ?? '';
    throw new LegacyError(/timeout/i.test(message) ? 'LEGACY_TIMEOUT' : 'LEGACY_UNAVAILABLE', 'alipay', method);
  }
}
