import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { PiiKeyring } from './keyring.js';

/**
 * AES-256-GCM for personal data at rest: `<keyId>.<base64url(iv|tag|ciphertext)>`.
 * The key id travels with the value so keys can rotate without a big-bang re-encryption.
 */
export class FieldCipher {
  constructor(private readonly keyring: PiiKeyring) {}

  encrypt(plain: string): string {
    const key = this.keyring.keys.get(this.keyring.currentKeyId);
    if (!key) throw new Error('Unknown PII key id');
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${this.keyring.currentKeyId}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  decrypt(stored: string): string {
    const dot = stored.indexOf('.');
    const key = this.keyring.keys.get(stored.slice(0, dot));
    if (dot < 1 || !key) throw new Error('Unknown PII key id');
    const raw = Buffer.from(stored.slice(dot + 1), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  /** True when the value was written with an older key and should be re-encrypted. */
  needsRotation(stored: string): boolean {
    return !stored.startsWith(`${this.keyring.currentKeyId}.`);
  }

  /** HMAC blind index: equality look-ups without storing the plaintext. */
  blindIndex(plain: string, field: string): string {
    return createHmac('sha256', this.keyring.indexKey).update(`${field}\u0000${plain.trim().toUpperCase()}`).digest('base64url');
  }
}
