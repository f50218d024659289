import { bodyDigest, CALLER_MAX_SKEW_SECONDS, encodeCaller, EMPTY_BODY_DIGEST, signCaller, signCallerPart, verifyCaller } from './signed-header.js';

const secret = 'a-test-secret-that-is-long-enough-123';

describe('signed caller header', () => {
  const base = { kind: 'citizen' as const, sub: 'c-1', acr: 1, requestId: 'r-1' };
  const body = JSON.stringify({ query: '{ me { id } }' });

  it('round-trips a caller bound to its body', () => {
    const result = verifyCaller(signCaller(base, secret, body), secret, bodyDigest(body));
    expect(result).toMatchObject({ ok: true, caller: { kind: 'citizen', sub: 'c-1', acr: 1, requestId: 'r-1' } });
  });

  it('signs one encoded caller over several bodies (one per fetch), each valid only with its own', () => {
    const part = encodeCaller(base);
    const other = JSON.stringify({ query: '{ me { name } }' });
    const first = signCallerPart(part, secret, body);
    const second = signCallerPart(part, secret, other);
    expect(verifyCaller(first, secret, bodyDigest(body)).ok).toBe(true);
    expect(verifyCaller(second, secret, bodyDigest(other)).ok).toBe(true);
    expect(verifyCaller(first, secret, bodyDigest(other))).toEqual({ ok: false, reason: 'body-mismatch' });
  });

  it('refuses a captured header replayed with another body, or with a body that was not digested', () => {
    const header = signCaller(base, secret, body);
    const mutation = JSON.stringify({ query: 'mutation { revealEverything }' });
    expect(verifyCaller(header, secret, bodyDigest(mutation))).toEqual({ ok: false, reason: 'body-mismatch' });
    expect(verifyCaller(header, secret, EMPTY_BODY_DIGEST)).toEqual({ ok: false, reason: 'body-mismatch' });
    expect(verifyCaller(header, secret, null)).toEqual({ ok: false, reason: 'body-mismatch' });
  });

  it('refuses a header whose body digest was swapped (the HMAC covers it)', () => {
    const [payload, , nonce, signature] = signCaller(base, secret, body).split('.');
    const other = JSON.stringify({ query: '{ other }' });
    expect(verifyCaller(`${payload}.${bodyDigest(other)}.${nonce}.${signature}`, secret, bodyDigest(other))).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('puts a new nonce in every signature, even of one encoded caller over one body, and signs it', () => {
    const part = encodeCaller(base);
    const headers = Array.from({ length: 50 }, () => signCallerPart(part, secret, body));
    const nonces = headers.map((h) => h.split('.')[2]);
    expect(new Set(nonces).size).toBe(50);
    for (const h of headers) expect(verifyCaller(h, secret, bodyDigest(body))).toMatchObject({ ok: true, nonce: h.split('.')[2] });
    // Another nonce under the same signature: forged.
    const [payload, digest, , signature] = headers[0].split('.');
    expect(verifyCaller(`${payload}.${digest}.${nonces[1]}.${signature}`, secret, bodyDigest(body))).toEqual({ ok: false, reason: 'bad-signature' });
    // The format before nonces (`<caller>.<digest>.<hmac>`) is refused.
    expect(verifyCaller(`${payload}.${digest}.${signature}`, secret, bodyDigest(body))).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuses a missing header', () => {
    expect(verifyCaller(undefined, secret, EMPTY_BODY_DIGEST)).toEqual({ ok: false, reason: 'missing' });
  });

  it('refuses another secret and a tampered payload', () => {
    const header = signCaller(base, secret, body);
    expect(verifyCaller(header, `${secret}x`, bodyDigest(body))).toEqual({ ok: false, reason: 'bad-signature' });
    const [, digest, nonce, sig] = header.split('.');
    const forged = Buffer.from(JSON.stringify({ ...base, kind: 'officer', iat: Math.floor(Date.now() / 1000) })).toString('base64url');
    expect(verifyCaller(`${forged}.${digest}.${nonce}.${sig}`, secret, bodyDigest(body))).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('accepts a header within the window and refuses it after a few seconds more', () => {
    expect(CALLER_MAX_SKEW_SECONDS).toBeLessThanOrEqual(10);
    const now = Date.now();
    const header = signCaller(base, secret, body, now);
    expect(verifyCaller(header, secret, bodyDigest(body), now + 5_000).ok).toBe(true);
    expect(verifyCaller(header, secret, bodyDigest(body), now + 15_000)).toEqual({ ok: false, reason: 'expired' });
    expect(verifyCaller(header, secret, bodyDigest(body), now + 60_000)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses garbage', () => {
    expect(verifyCaller('abc', secret, EMPTY_BODY_DIGEST)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyCaller('a.b', secret, EMPTY_BODY_DIGEST)).toEqual({ ok: false, reason: 'malformed' });
  });
});
