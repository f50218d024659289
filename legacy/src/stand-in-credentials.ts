/**
 * The env that gives a subgraph's channel clients the stand-ins' DEV ONLY credentials (key files, ids), merged
 * into every subgraph's env by whatever starts a local stack — `npm start`, the test kit, the bench — the same
 * way `definition.legacy(url)` points the clients at the stand-ins. Production sets real ones and refuses these.
 */
import { readFileSync } from 'node:fs';
import { ALIPAY_DEV_KEYS } from './systems/alipay/index.js';
import { WECHAT_DEV_APP, WECHATPAY_DEV_KEYS } from './systems/wechat/index.js';

export function standInCredentialsEnv(): Record<string, string> {
  return {
    ALIPAY_APP_ID: ALIPAY_DEV_KEYS.appId,
    ALIPAY_APP_PRIVATE_KEY_PATH: ALIPAY_DEV_KEYS.appPrivateKeyPath,
    ALIPAY_PUBLIC_KEY_PATH: ALIPAY_DEV_KEYS.alipayPublicKeyPath,
    WECHATPAY_MCHID: WECHATPAY_DEV_KEYS.mchid,
    WECHATPAY_APP_ID: WECHAT_DEV_APP.appId,
    WECHATPAY_MERCHANT_SERIAL: WECHATPAY_DEV_KEYS.merchantSerial,
    WECHATPAY_MERCHANT_PRIVATE_KEY_PATH: WECHATPAY_DEV_KEYS.merchantPrivateKeyPath,
    WECHATPAY_PUBLIC_KEY_ID: WECHATPAY_DEV_KEYS.publicKeyId,
    WECHATPAY_PUBLIC_KEY_PATH: WECHATPAY_DEV_KEYS.publicKeyPath,
    WECHATPAY_APIV3_KEY: readFileSync(WECHATPAY_DEV_KEYS.apiV3KeyPath, 'utf8').trim(),
  };
}
