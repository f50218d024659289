import { ExpiringStore, TokenSource } from './tokens.js';

describe('TokenSource', () => {
  it('is random without a seed, and repeatable with one', () => {
    expect(new TokenSource().hex(16)).not.toBe(new TokenSource().hex(16));
    const a = new TokenSource('s');
    const b = new TokenSource('s');
    expect([a.hex(16), a.alphanumeric(86)]).toEqual([b.hex(16), b.alphanumeric(86)]);
    expect(a.hex(16)).not.toBe(new TokenSource('t').hex(16));
    expect(a.alphanumeric(86)).toMatch(/^[A-Za-z0-9]{86}$/);
  });
});

describe('ExpiringStore', () => {
  it('expires entries, tells expired from unknown, and gives single-use values once', () => {
    let now = 1_000;
    const store = new ExpiringStore<string>(() => now);
    store.put('code', 'alice', 300);
    store.put('token', 'bob', 600);
    expect(store.get('code')).toBe('alice');
    now += 299_999;
    expect(store.take('code')).toBe('alice');
    expect(store.take('code')).toBeUndefined();
    now += 1;
    expect(store.isExpired('token')).toBe(false);
    now += 300_000;
    expect(store.isExpired('token')).toBe(true);
    expect(store.isExpired('unknown')).toBe(false);
    expect(store.get('token')).toBeUndefined();
  });
});
