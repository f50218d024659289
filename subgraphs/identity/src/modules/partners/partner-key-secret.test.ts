import { generatePartnerKey, PartnerKeyHasher, partnerKeyPrefix } from './partner-key-secret.js';

describe('partner key secrets', () => {
  it('makes jt_live_<prefix>_<32 random bytes> keys whose prefix can be read back', () => {
    const key = generatePartnerKey();
    expect(key.plaintext).toMatch(/^jt_live_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(partnerKeyPrefix(key.plaintext)).toBe(key.prefix);
    expect(partnerKeyPrefix('jt_live_short_x')).toBeNull();
    expect(generatePartnerKey().plaintext).not.toBe(key.plaintext);
  });

  it('compares keys only through a keyed hash', () => {
    const key = generatePartnerKey().plaintext;
    const hasher = new PartnerKeyHasher('a-hash-secret-of-at-least-32-characters');
    const stored = hasher.hash(key);
    expect(stored).not.toContain(key.slice(21));
    expect(hasher.matches(key, stored)).toBe(true);
    expect(hasher.matches(key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A'), stored)).toBe(false);
    expect(new PartnerKeyHasher('another-hash-secret-of-32-characters!!').matches(key, stored)).toBe(false);
  });
});
