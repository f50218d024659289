import { VerifiedTokens } from './verified-tokens.js';

describe('VerifiedTokens', () => {
  let now = 1_000_000;
  const tokens = (max = 3, maxAgeMs = 60_000) => new VerifiedTokens<string>({ max, maxAgeMs, now: () => now });
  beforeEach(() => {
    now = 1_000_000;
  });

  it('keys entries by a hash of the token, never the token itself', () => {
    const key = VerifiedTokens.keyOf('header.payload.signature');
    expect(key).toBe(VerifiedTokens.keyOf('header.payload.signature'));
    expect(key).not.toContain('payload');
    expect(VerifiedTokens.keyOf('header.payload.signaturf')).not.toBe(key);
  });

  it('honours the token expiry, to the millisecond', () => {
    const cache = tokens();
    cache.set('a', 'claims', (now + 5_000) / 1000);
    now += 4_999;
    expect(cache.get('a')).toBe('claims');
    now += 1;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('trusts a verification for maxAgeMs at most, even when the token lives longer', () => {
    const cache = tokens(3, 1_000);
    cache.set('a', 'claims', (now + 3_600_000) / 1000);
    now += 999;
    expect(cache.get('a')).toBe('claims');
    now += 1;
    expect(cache.get('a')).toBeUndefined();
  });

  it('does not keep a token that has already expired', () => {
    const cache = tokens();
    cache.set('a', 'claims', now / 1000);
    expect(cache.size).toBe(0);
  });

  it('evicts the least recently used entry first, and keeps its bound', () => {
    const cache = tokens(2);
    cache.set('a', 'A', undefined);
    cache.set('b', 'B', undefined);
    expect(cache.get('a')).toBe('A');
    cache.set('c', 'C', undefined);
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('A');
    expect(cache.get('c')).toBe('C');
  });

  it('keeps nothing with a size of 0', () => {
    const cache = tokens(0);
    cache.set('a', 'A', undefined);
    expect(cache.get('a')).toBeUndefined();
  });
});
