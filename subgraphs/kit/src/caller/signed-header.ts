import { createHmac, timingSafeEqual } from 'node:crypto';
import { CallerSchema, type Caller, type CallerInput } from './caller.js';

const MAX_SKEW_SECONDS = 60;

const mac = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

/** `<base64url(json)>.<base64url(hmac-sha256)>`: the gateway's word on who the caller is. */
export function signCaller(input: CallerInput, secret: string, now = Date.now()): string {
  const caller: Caller = CallerSchema.parse({ ...input, iat: Math.floor(now / 1000) });
  const payload = Buffer.from(JSON.stringify(caller)).toString('base64url');
  return `${payload}.${mac(secret, payload)}`;
}

export type VerifyResult = { ok: true; caller: Caller } | { ok: false; reason: 'missing' | 'malformed' | 'bad-signature' | 'expired' };

export function verifyCaller(header: string | undefined, secret: string, now = Date.now()): VerifyResult {
  if (!header) return { ok: false, reason: 'missing' };
  const [payload, signature, extra] = header.split('.');
  if (!payload || !signature || extra !== undefined) return { ok: false, reason: 'malformed' };
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'bad-signature' };
  let parsed: ReturnType<typeof CallerSchema.safeParse>;
  try {
    parsed = CallerSchema.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (!parsed.success) return { ok: false, reason: 'malformed' };
  if (Math.abs(now / 1000 - parsed.data.iat) > MAX_SKEW_SECONDS) return { ok: false, reason: 'expired' };
  return { ok: true, caller: parsed.data };
}
