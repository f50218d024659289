import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { CallerSchema, type Caller, type CallerInput } from './caller.js';

/**
 * How long a signed header is accepted (either side of the subgraph's clock). Each subgraph fetch is
 * signed when it is sent, so the window only has to cover clock skew and the time on the wire.
 */
export const CALLER_MAX_SKEW_SECONDS = 10;

const mac = (secret: string, signed: string) => createHmac('sha256', secret).update(signed).digest('base64url');

/** sha256 of the exact bytes of a request body, base64url: what a signature is bound to. */
export const bodyDigest = (body: string | Uint8Array = ''): string => createHash('sha256').update(body).digest('base64url');

/** The digest of an empty body (GET, or a route without one). */
export const EMPTY_BODY_DIGEST = bodyDigest('');

/**
 * The caller part of a header (`base64url(json)`, with `iat`): the expensive half, which a signer may
 * reuse for every fetch of one incoming request while it is fresh (see `signCallerPart`).
 */
export function encodeCaller(input: CallerInput, now = Date.now()): string {
  const caller: Caller = CallerSchema.parse({ ...input, iat: Math.floor(now / 1000) });
  return Buffer.from(JSON.stringify(caller)).toString('base64url');
}

/**
 * Bind an encoded caller to one request body, once: `<caller>.<sha256(body)>.<nonce>.<hmac-sha256(caller.digest.nonce)>`.
 * The nonce is new for every signature (a UUID from Node's pooled entropy: no system call per fetch), so two
 * fetches never carry the same header and a subgraph can refuse one it has seen (`CallerNonces`).
 */
export function signCallerPart(encodedCaller: string, secret: string, body: string | Uint8Array): string {
  const signed = `${encodedCaller}.${bodyDigest(body)}.${randomUUID()}`;
  return `${signed}.${mac(secret, signed)}`;
}

/**
 * The gateway's word on who the caller is, for one request: the caller, the digest of the exact body it
 * is sent with, a nonce, and an HMAC over all three. A captured header is useless with another body, after
 * `CALLER_MAX_SKEW_SECONDS`, and — where the subgraph remembers nonces — a second time.
 */
export function signCaller(input: CallerInput, secret: string, body: string | Uint8Array, now = Date.now()): string {
  return signCallerPart(encodeCaller(input, now), secret, body);
}

export type VerifyFailure = 'missing' | 'malformed' | 'bad-signature' | 'expired' | 'body-mismatch' | 'replayed';
export type VerifyResult = { ok: true; caller: Caller; nonce: string } | { ok: false; reason: VerifyFailure };

const NONCE = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * `digest` is `bodyDigest()` of the body the request arrived with (`EMPTY_BODY_DIGEST` without one);
 * `null` when the body could not be digested (a content type the server does not hash): refused.
 * Whether the nonce was seen before is the caller's to check, after this (`verifyCallerOnce`).
 */
export function verifyCaller(header: string | undefined, secret: string, digest: string | null, now = Date.now()): VerifyResult {
  if (!header) return { ok: false, reason: 'missing' };
  const [payload, signedDigest, nonce, signature, extra] = header.split('.');
  if (!payload || !signedDigest || !nonce || !signature || extra !== undefined || !NONCE.test(nonce)) return { ok: false, reason: 'malformed' };
  const expected = Buffer.from(mac(secret, `${payload}.${signedDigest}.${nonce}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'bad-signature' };
  if (digest === null || signedDigest !== digest) return { ok: false, reason: 'body-mismatch' };
  let parsed: ReturnType<typeof CallerSchema.safeParse>;
  try {
    parsed = CallerSchema.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (!parsed.success) return { ok: false, reason: 'malformed' };
  if (Math.abs(now / 1000 - parsed.data.iat) > CALLER_MAX_SKEW_SECONDS) return { ok: false, reason: 'expired' };
  return { ok: true, caller: parsed.data, nonce };
}
