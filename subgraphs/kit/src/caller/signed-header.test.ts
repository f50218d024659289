import { signCaller, verifyCaller } from './signed-header.js';

const secret = 'a-test-secret-that-is-long-enough-123';

describe('signed caller header', () => {
  const base = { kind: 'citizen' as const, sub: 'c-1', acr: 1, requestId: 'r-1' };

  it('round-trips a caller', () => {
    const result = verifyCaller(signCaller(base, secret), secret);
    expect(result).toMatchObject({ ok: true, caller: { kind: 'citizen', sub: 'c-1', acr: 1, requestId: 'r-1' } });
  });

  it('refuses a missing header', () => {
    expect(verifyCaller(undefined, secret)).toEqual({ ok: false, reason: 'missing' });
  });

  it('refuses another secret and a tampered payload', () => {
    const header = signCaller(base, secret);
    expect(verifyCaller(header, `${secret}x`)).toEqual({ ok: false, reason: 'bad-signature' });
    const [, sig] = header.split('.');
    const forged = Buffer.from(JSON.stringify({ ...base, kind: 'officer', iat: Math.floor(Date.now() / 1000) })).toString('base64url');
    expect(verifyCaller(`${forged}.${sig}`, secret)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a replayed header after the skew window', () => {
    const header = signCaller(base, secret, Date.now() - 5 * 60_000);
    expect(verifyCaller(header, secret)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses garbage', () => {
    expect(verifyCaller('abc', secret)).toEqual({ ok: false, reason: 'malformed' });
  });
});
