/** DEV ONLY key files of the Alipay stand-in (see dev-keys/README.md): never use them elsewhere. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const path = (file: string) => fileURLToPath(new URL(`./dev-keys/${file}`, import.meta.url));

export const ALIPAY_DEV_APP_ID = '2021000000000001';

export const ALIPAY_DEV_KEYS = Object.freeze({
  appId: ALIPAY_DEV_APP_ID,
  /** The merchant app's private key: callers sign requests with it. */
  appPrivateKeyPath: path('app-private.pem'),
  /** The app public key "uploaded to Alipay": the stand-in verifies requests with it. */
  appPublicKeyPath: path('app-public.pem'),
  /** Alipay's private key: the stand-in signs responses with it. */
  alipayPrivateKeyPath: path('alipay-private.pem'),
  /** Alipay's public key: callers verify responses with it. */
  alipayPublicKeyPath: path('alipay-public.pem'),
});

export function readDevKey(file: keyof Omit<typeof ALIPAY_DEV_KEYS, 'appId'>): string {
  return readFileSync(ALIPAY_DEV_KEYS[file], 'utf8');
}
