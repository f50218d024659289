/**
 * The WeChat Pay v3 signatures of the samples' two sides, with the stand-in's DEV ONLY keys (tests only):
 * the platform's on replayed answers (a recorded answer's own headers are minutes old by the time it is
 * replayed, and the client refuses more than 300 s), the merchant's on requests the drift check sends
 * again, and the check that a request the client sent carries a valid Authorization.
 */
import { readFileSync } from 'node:fs';
import { WECHATPAY_DEV_KEYS } from '@jingtong/legacy';
import { Formatter, Rsa } from 'wechatpay-axios-plugin';
import type { HttpRequest } from './http-request.js';

const key = (path: string) => readFileSync(path, 'utf8');

/** The four Wechatpay-* headers for an answer body, signed now by the platform key. */
export function platformSignedHeaders(body: string): Record<string, string> {
  const [timestamp, nonce] = [String(Formatter.timestamp()), Formatter.nonce()];
  const signature = Rsa.sign(Formatter.response(timestamp, nonce, body), Rsa.from(key(WECHATPAY_DEV_KEYS.platformPrivateKeyPath), Rsa.KEY_TYPE_PRIVATE));
  return { 'Wechatpay-Timestamp': timestamp, 'Wechatpay-Nonce': nonce, 'Wechatpay-Signature': signature, 'Wechatpay-Serial': WECHATPAY_DEV_KEYS.publicKeyId };
}

/** The merchant's Authorization for `METHOD target` with `body`, signed now. */
export function merchantAuthorization(method: string, target: string, body: string): string {
  const [timestamp, nonce] = [String(Formatter.timestamp()), Formatter.nonce()];
  const signature = Rsa.sign(Formatter.request(method, target, timestamp, nonce, body), Rsa.from(key(WECHATPAY_DEV_KEYS.merchantPrivateKeyPath), Rsa.KEY_TYPE_PRIVATE));
  return Formatter.authorization(WECHATPAY_DEV_KEYS.mchid, nonce, signature, timestamp, WECHATPAY_DEV_KEYS.merchantSerial);
}

/** Whether a received request's Authorization is the DEV merchant's valid signature of exactly what was sent. */
export function merchantSigned(request: HttpRequest): boolean {
  const fields = Object.fromEntries([...(request.headers?.authorization ?? '').matchAll(/(\w+)="([^"]*)"/g)].map(([, name, value]) => [name, value]));
  if (!request.headers?.authorization?.startsWith('WECHATPAY2-SHA256-RSA2048 ') || fields.mchid !== WECHATPAY_DEV_KEYS.mchid || fields.serial_no !== WECHATPAY_DEV_KEYS.merchantSerial) return false;
  const message = Formatter.request(request.method, request.target ?? '', fields.timestamp, fields.nonce_str, request.body ?? '');
  return Rsa.verify(message, fields.signature, Rsa.from(key(WECHATPAY_DEV_KEYS.merchantCertificatePath), Rsa.KEY_TYPE_PUBLIC));
}
