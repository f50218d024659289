/**
 * WeChat Pay API v3 signatures (WECHATPAY2-SHA256-RSA2048), SHA256withRSA over lines each ended by \n:
 * - a merchant's request: METHOD, the URL path with its query exactly as requested, timestamp, nonce,
 *   body ('' for GET), signed with the merchant's API key and sent as `Authorization:
 *   WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",signature="…",timestamp="…",serial_no="…"`
 *   (serial_no: the merchant certificate's serial number);
 * - an answer or a notification: timestamp, nonce, body, signed with the platform key, in the
 *   Wechatpay-Timestamp / -Nonce / -Signature / -Serial headers (Serial: the 微信支付公钥 id).
 * A timestamp more than 300 s from the platform's clock is refused either way.
 */
import { createSign, createVerify, randomBytes, type KeyObject } from 'node:crypto';

export const MAX_CLOCK_SKEW_SECONDS = 300;
const SCHEME = 'WECHATPAY2-SHA256-RSA2048';

export const requestMessage = (method: string, url: string, timestamp: string, nonce: string, body: string) => `${method}\n${url}\n${timestamp}\n${nonce}\n${body}\n`;
export const answerMessage = (timestamp: string, nonce: string, body: string) => `${timestamp}\n${nonce}\n${body}\n`;

export const rsaSign = (message: string, privateKey: KeyObject | string): string => createSign('RSA-SHA256').update(message, 'utf8').sign(privateKey, 'base64');

export function rsaVerify(message: string, signature: string, publicKey: KeyObject | string): boolean {
  try {
    return createVerify('RSA-SHA256').update(message, 'utf8').verify(publicKey, signature, 'base64');
  } catch {
    return false;
  }
}

/** 32 letters and digits, as the platform's nonces are. */
export const nonce = (): string => randomBytes(24).toString('base64').replace(/[^A-Za-z0-9]/g, '').padEnd(32, '0').slice(0, 32);

export interface RequestAuthorization {
  mchid: string;
  serial_no: string;
  nonce_str: string;
  timestamp: string;
  signature: string;
}

/** The Authorization header's fields (any order); undefined when it is not a WECHATPAY2-SHA256-RSA2048 header with all five. */
export function parseAuthorization(header: string | string[] | undefined): RequestAuthorization | undefined {
  if (typeof header !== 'string' || !header.startsWith(`${SCHEME} `)) return undefined;
  const fields: Record<string, string> = {};
  for (const [, key, value] of header.slice(SCHEME.length + 1).matchAll(/\s*(\w+)="([^"]*)"\s*(?:,|$)/g)) fields[key] = value;
  const { mchid, serial_no, nonce_str, timestamp, signature } = fields;
  if (!mchid || !serial_no || !nonce_str || !timestamp || !signature) return undefined;
  return { mchid, serial_no, nonce_str, timestamp, signature };
}

export interface MerchantKey {
  mchid: string;
  serial: string;
  publicKey: KeyObject;
}

export interface SignedRequest {
  method: string;
  url: string;
  body: string;
  authorization: string | string[] | undefined;
}

/** Why the platform refuses the request's signature (its SIGN_ERROR message), or undefined when it verifies. */
export function signatureProblem(request: SignedRequest, merchant: MerchantKey, nowMs: number): string | undefined {
  const auth = parseAuthorization(request.authorization);
  if (!auth) return 'Http头Authorization值格式错误，请参考《微信支付商户REST API签名规则》';
  if (auth.mchid !== merchant.mchid) return `商户号${auth.mchid}不存在或未开通APIv3`;
  if (auth.serial_no !== merchant.serial) return '商户证书序列号有误。请使用签名私钥匹配的证书序列号';
  if (!/^\d{1,12}$/.test(auth.timestamp) || Math.abs(Math.floor(nowMs / 1000) - Number(auth.timestamp)) > MAX_CLOCK_SKEW_SECONDS) {
    return 'Http头Authorization中的timestamp与当前时间相差超过5分钟';
  }
  const message = requestMessage(request.method, request.url, auth.timestamp, auth.nonce_str, request.body);
  return rsaVerify(message, auth.signature, merchant.publicKey) ? undefined : '签名错误，请检查后再试';
}

export interface PlatformKey {
  publicKeyId: string;
  privateKey: KeyObject;
}

/** The four headers that sign an answer or a notification body, with a fresh timestamp and nonce. */
export function platformHeaders(body: string, platform: PlatformKey, nowMs: number): Record<string, string> {
  const timestamp = String(Math.floor(nowMs / 1000));
  const once = nonce();
  return {
    'Wechatpay-Timestamp': timestamp,
    'Wechatpay-Nonce': once,
    'Wechatpay-Signature': rsaSign(answerMessage(timestamp, once, body), platform.privateKey),
    'Wechatpay-Serial': platform.publicKeyId,
  };
}
