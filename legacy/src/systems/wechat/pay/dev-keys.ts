/** DEV ONLY keys of the WeChat Pay stand-in (see ../dev-keys/README.md): never use them elsewhere. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const path = (file: string) => fileURLToPath(new URL(`../dev-keys/${file}`, import.meta.url));

export const WECHATPAY_DEV_MCHID = '1900000001';

export const WECHATPAY_DEV_KEYS = Object.freeze({
  mchid: WECHATPAY_DEV_MCHID,
  /** The serial number of the merchant's API certificate: the `serial_no` of every request's Authorization. */
  merchantSerial: '58E546F1563583CF8FF72CAF80BB64348EF47C31',
  /** The merchant's API private key (apiclient_key.pem): callers sign requests with it. */
  merchantPrivateKeyPath: path('apiclient_key.pem'),
  /** The merchant's API certificate: the stand-in verifies requests with its public key. */
  merchantCertificatePath: path('apiclient_cert.pem'),
  /** The 微信支付公钥 id: the `Wechatpay-Serial` of every answer and notification. */
  publicKeyId: 'PUB_KEY_ID_0119000000012026120100000000000001',
  /** WeChat Pay's private key: the stand-in signs answers and notifications with it. */
  platformPrivateKeyPath: path('wechatpay_private_key.pem'),
  /** The 微信支付公钥 (pub_key.pem): callers verify answers and notifications with it. */
  publicKeyPath: path('pub_key.pem'),
  /** A file holding the merchant's APIv3 key (32 characters): the AEAD_AES_256_GCM key of notification resources. */
  apiV3KeyPath: path('apiv3_key.txt'),
});

type KeyFile = 'merchantPrivateKeyPath' | 'merchantCertificatePath' | 'platformPrivateKeyPath' | 'publicKeyPath' | 'apiV3KeyPath';

export function readDevKey(file: KeyFile): string {
  return readFileSync(WECHATPAY_DEV_KEYS[file], 'utf8').trim();
}
