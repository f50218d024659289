import { FieldCipher } from './field-cipher.js';
import { keyringFromEnv } from './keyring.js';
import { maskIdNumber, maskName, maskPhone, maskPlate } from './mask.js';

const k = (b: number) => Buffer.alloc(32, b).toString('base64');

describe('FieldCipher', () => {
  it('round-trips and never stores the plaintext', () => {
    const cipher = new FieldCipher(keyringFromEnv({ NODE_ENV: 'test' }));
    const stored = cipher.encrypt('410102199001011234');
    expect(stored).not.toContain('410102199001011234');
    expect(cipher.decrypt(stored)).toBe('410102199001011234');
    expect(cipher.encrypt('410102199001011234')).not.toBe(stored);
  });

  it('reads values written with a rotated-out key and flags them', () => {
    const old = new FieldCipher(keyringFromEnv({ PII_KEYS: `k1:${k(1)}`, PII_INDEX_KEY: k(9) }));
    const rotated = new FieldCipher(keyringFromEnv({ PII_KEYS: `k2:${k(2)},k1:${k(1)}`, PII_INDEX_KEY: k(9) }));
    const stored = old.encrypt('13800138000');
    expect(rotated.decrypt(stored)).toBe('13800138000');
    expect(rotated.needsRotation(stored)).toBe(true);
    expect(rotated.needsRotation(rotated.encrypt('x'))).toBe(false);
    expect(rotated.blindIndex('13800138000', 'phone')).toBe(old.blindIndex('13800138000', 'phone'));
  });

  it('detects tampering', () => {
    const cipher = new FieldCipher(keyringFromEnv({ NODE_ENV: 'test' }));
    const stored = cipher.encrypt('secret');
    const flipped = stored.slice(0, -2) + (stored.endsWith('A') ? 'BB' : 'AA');
    expect(() => cipher.decrypt(flipped)).toThrow();
  });

  it('refuses the development keys in production', () => {
    expect(() => keyringFromEnv({ NODE_ENV: 'production' })).toThrow(/required in production/);
  });
});

describe('masks', () => {
  it('masks the way the citizen pages show them', () => {
    expect(maskIdNumber('410102199001011234')).toBe('4101**********1234');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskPlate('豫K·A12345')).toBe('豫K·A***45');
  });
});
