/**
 * What the platform POSTs to the merchant's notify_url (支付通知 / 退款结果通知): a JSON envelope whose
 * `resource` is the transaction or refund JSON encrypted AEAD_AES_256_GCM with the merchant's APIv3
 * key (a 12-character nonce, the original type as associated data, the tag appended to the
 * ciphertext), signed like an answer. The envelope stays the same across re-sends (same id and
 * ciphertext); each delivery gets a fresh timestamp, nonce and signature, as the platform's do.
 */
import { createCipheriv } from 'node:crypto';
import type { NotificationRequest } from '../../../framework/payment-notifier.js';
import { compactTime, rfc3339 } from './beijing-time.js';
import { paidTransactionJson, refundNotificationJson } from './answers.js';
import { nonce, platformHeaders, type PlatformKey } from './signing.js';
import type { TradeEvent } from './trades.js';

export interface NotificationSigner {
  platform: PlatformKey;
  /** The merchant's APIv3 key: 32 characters, used as the 256-bit key's bytes. */
  apiV3Key: string;
  now: () => number;
}

export interface EncryptedResource {
  original_type: 'transaction' | 'refund';
  algorithm: 'AEAD_AES_256_GCM';
  ciphertext: string;
  associated_data: string;
  nonce: string;
}

export function encryptResource(plaintext: string, originalType: EncryptedResource['original_type'], apiV3Key: string): EncryptedResource {
  const iv = nonce().slice(0, 12);
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(apiV3Key, 'utf8'), Buffer.from(iv, 'utf8')).setAAD(Buffer.from(originalType, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]).toString('base64');
  return { original_type: originalType, algorithm: 'AEAD_AES_256_GCM', ciphertext, associated_data: originalType, nonce: iv };
}

/** EV- and 19 digits, like the platform's notification ids. */
export const notificationId = (now: number, digits: string) => `EV-${compactTime(now)}${digits.padStart(5, '0').slice(-5)}`;

export function tradeNotification(url: string, event: TradeEvent, id: string, signer: NotificationSigner): () => NotificationRequest {
  const paid = event.kind === 'paid';
  const resource = paid
    ? encryptResource(JSON.stringify(paidTransactionJson(event.trade)), 'transaction', signer.apiV3Key)
    : encryptResource(JSON.stringify(refundNotificationJson(event.trade, event.refund)), 'refund', signer.apiV3Key);
  const body = JSON.stringify({
    id,
    create_time: rfc3339(signer.now()),
    resource_type: 'encrypt-resource',
    event_type: paid ? 'TRANSACTION.SUCCESS' : 'REFUND.SUCCESS',
    summary: paid ? '支付成功' : '退款成功',
    resource,
  });
  return () => ({
    url,
    headers: { 'content-type': 'application/json', 'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048', ...platformHeaders(body, signer.platform, signer.now()) },
    body,
  });
}
