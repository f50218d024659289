/**
 * A bare WeChat Pay v3 merchant for this package's tests and sample recording only (the payment
 * subgraph uses legacy-clients' AxiosWechatPayments): signs a request with the DEV merchant key, or
 * with whatever a test wants to get wrong, and checks the answer's signature with the DEV 微信支付公钥.
 */
import { createPublicKey } from 'node:crypto';
import { WECHATPAY_DEV_KEYS, readDevKey } from './dev-keys.js';
import { answerMessage, nonce, requestMessage, rsaSign, rsaVerify } from './signing.js';

export interface SigningOverrides {
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  mchid?: string;
  serial?: string;
  privateKeyPem?: string;
  /** Signs this text instead of the body sent (a body changed after signing). */
  signedBody?: string;
}

/** The Authorization header for `METHOD url` with `body` (url: path and query as sent, e.g. /wechat/v3/…?mchid=…). */
export function authorization(method: string, url: string, body: string, overrides: SigningOverrides = {}): string {
  const timestamp = String(overrides.timestamp ?? Math.floor(Date.now() / 1000));
  const once = nonce();
  const signature = rsaSign(requestMessage(method, url, timestamp, once, overrides.signedBody ?? body), overrides.privateKeyPem ?? readDevKey('merchantPrivateKeyPath'));
  const mchid = overrides.mchid ?? WECHATPAY_DEV_KEYS.mchid;
  return `WECHATPAY2-SHA256-RSA2048 mchid="${mchid}",nonce_str="${once}",signature="${signature}",timestamp="${timestamp}",serial_no="${overrides.serial ?? WECHATPAY_DEV_KEYS.merchantSerial}"`;
}

export interface V3Answer {
  status: number;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests probe the platform's untyped JSON answers
  json: any;
  headers: Headers;
  /** Whether the Wechatpay-* headers sign this exact body with the DEV platform key. */
  signatureValid: boolean;
}

export function answerSignatureValid(headers: Headers, text: string): boolean {
  const [timestamp, once, signature, serial] = ['wechatpay-timestamp', 'wechatpay-nonce', 'wechatpay-signature', 'wechatpay-serial'].map((h) => headers.get(h));
  if (!timestamp || !once || !signature || serial !== WECHATPAY_DEV_KEYS.publicKeyId) return false;
  return rsaVerify(answerMessage(timestamp, once, text), signature, createPublicKey(readDevKey('publicKeyPath')));
}

/** A signed v3 call to the stand-in at `baseUrl` (http://127.0.0.1:PORT); `path` starts with /wechat/v3/. */
export async function callV3(baseUrl: string, method: 'GET' | 'POST', path: string, body?: object, overrides?: SigningOverrides): Promise<V3Answer> {
  const text = body === undefined ? '' : JSON.stringify(body);
  const headers: Record<string, string> = { authorization: authorization(method, path, text, overrides), accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : text });
  const answer = await response.text();
  // biome-ignore lint/suspicious/noExplicitAny: as above
  let json: any;
  try {
    json = answer ? JSON.parse(answer) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, text: answer, json, headers: response.headers, signatureValid: answerSignatureValid(response.headers, answer) };
}
