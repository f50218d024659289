import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** What the window officer's scanner reads from a ticket's QR code: enough to find the ticket and check it is this one. */
export interface TicketClaims {
  ticketId: string;
  hallCode: string;
  date: string;
  number: string;
}

/** Version and purpose in one: a payload signed for anything else never reads as a ticket. */
const PREFIX = 'JTQ1';
const MAX_LENGTH = 512;

const Claims = z.strictObject({
  t: z.string().uuid(),
  h: z.string().min(1).max(32),
  d: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  n: z.string().regex(/^[A-Z]\d{3,}$/),
});

const mac = (key: string, body: string) => createHmac('sha256', key).update(`${PREFIX}.${body}`).digest();

/** `JTQ1.<claims, base64url JSON>.<HMAC-SHA256, base64url>` */
export function signTicketQr(key: string, claims: TicketClaims): string {
  const body = Buffer.from(JSON.stringify({ t: claims.ticketId, h: claims.hallCode, d: claims.date, n: claims.number })).toString('base64url');
  return `${PREFIX}.${body}.${mac(key, body).toString('base64url')}`;
}

/** The claims of a payload we signed and nobody altered; null for anything else (no reason given: no oracle). */
export function readTicketQr(key: string, text: string): TicketClaims | null {
  if (typeof text !== 'string' || text.length > MAX_LENGTH) return null;
  const parts = text.trim().split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) return null;
  const [, body, signature] = parts;
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(key, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const claims = Claims.safeParse(parsed);
  return claims.success ? { ticketId: claims.data.t, hallCode: claims.data.h, date: claims.data.d, number: claims.data.n } : null;
}
