import { createCipheriv, createSign, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ALIPAY_DEV_KEYS, WECHATPAY_DEV_KEYS } from '@jingtong/legacy';

/**
 * Notifications as an attacker (or a platform on a bad day) would send them, signed with the stand-ins' own
 * DEV keys where the attack needs a valid signature: what the payment subgraph must refuse on other grounds.
 */
export function alipayNotification(fields: Record<string, string>, options: { signWith?: 'alipay' | 'app' } = {}) {
  const form: Record<string, string> = {
    notify_time: '2026-12-01 10:00:00',
    notify_type: 'trade_status_sync',
    notify_id: randomBytes(8).toString('hex'),
    app_id: ALIPAY_DEV_KEYS.appId,
    charset: 'utf-8',
    version: '1.0',
    sign_type: 'RSA2',
    trade_status: 'TRADE_SUCCESS',
    gmt_payment: '2026-12-01 10:00:00',
    ...fields,
  };
  const content = Object.keys(form)
    .filter((k) => k !== 'sign' && k !== 'sign_type' && form[k] !== '')
    .sort()
    .map((k) => `${k}=${form[k]}`)
    .join('&');
  // Alipay signs with its private key; the app's key is what a forger who stole the merchant's key would have.
  const key = readFileSync(options.signWith === 'app' ? ALIPAY_DEV_KEYS.appPrivateKeyPath : ALIPAY_DEV_KEYS.alipayPrivateKeyPath, 'utf8');
  return new URLSearchParams({ ...form, sign: createSign('RSA-SHA256').update(content, 'utf8').sign(key, 'base64') }).toString();
}

export function wechatNotification(transaction: Record<string, unknown>, options: { timestamp?: number; tamper?: boolean } = {}) {
  const apiV3Key = readFileSync(WECHATPAY_DEV_KEYS.apiV3KeyPath, 'utf8').trim();
  const nonce = randomBytes(6).toString('hex');
  const aad = 'transaction';
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(apiV3Key, 'utf8'), Buffer.from(nonce, 'utf8'));
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(transaction), 'utf8'), cipher.final(), cipher.getAuthTag()]);
  if (options.tamper) sealed[3] ^= 0x01;
  const body = JSON.stringify({
    id: randomBytes(8).toString('hex'),
    create_time: '2026-12-01T10:00:00+08:00',
    event_type: 'TRANSACTION.SUCCESS',
    resource_type: 'encrypt-resource',
    summary: '支付成功',
    resource: { algorithm: 'AEAD_AES_256_GCM', ciphertext: sealed.toString('base64'), nonce, associated_data: aad, original_type: 'transaction' },
  });
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const headerNonce = randomBytes(16).toString('hex');
  const signature = createSign('RSA-SHA256').update(`${timestamp}\n${headerNonce}\n${body}\n`).sign(readFileSync(WECHATPAY_DEV_KEYS.platformPrivateKeyPath, 'utf8'), 'base64');
  return {
    body,
    headers: { 'content-type': 'application/json', 'wechatpay-timestamp': timestamp, 'wechatpay-nonce': headerNonce, 'wechatpay-signature': signature, 'wechatpay-serial': WECHATPAY_DEV_KEYS.publicKeyId },
  };
}
