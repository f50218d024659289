import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** `jt_live_<prefix>_<secret>`: the prefix (public) finds the row, the secret is 32 random bytes. */
const FORMAT = /^jt_live_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface NewPartnerKey {
  /** Shown once, to the system administrator issuing it; never stored. */
  plaintext: string;
  prefix: string;
}

export const generatePartnerKey = (): NewPartnerKey => {
  const prefix = randomBytes(6).toString('hex');
  return { prefix, plaintext: `jt_live_${prefix}_${randomBytes(32).toString('base64url')}` };
};

export const partnerKeyPrefix = (key: string): string | null => FORMAT.exec(key.trim())?.[1] ?? null;

/**
 * Keys are stored as HMAC-SHA256 under a server-side secret, not with a password hash: a key has
 * 256 random bits, so there is nothing to slow a guesser down against, while argon2 would cost every
 * partner request tens of milliseconds. The HMAC key (PARTNER_KEY_HASH_SECRET) means a copy of the
 * database alone does not even let anyone test a candidate key.
 */
export class PartnerKeyHasher {
  constructor(private readonly secret: string) {}

  hash(plaintext: string): string {
    return createHmac('sha256', this.secret).update(plaintext.trim()).digest('base64url');
  }

  matches(plaintext: string, stored: string): boolean {
    const a = Buffer.from(this.hash(plaintext));
    const b = Buffer.from(stored);
    return a.length === b.length && timingSafeEqual(a, b);
  }
}
