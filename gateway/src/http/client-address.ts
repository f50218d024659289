import { isIP } from 'node:net';
import { z } from 'zod';

/** The names proxy-addr (Fastify's `trustProxy`) understands besides addresses and CIDRs. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** `10.0.0.1`, `10.0.0.0/8`, `10.0.0.0/255.0.0.0`, `::1/128`, or a named range. */
function isTrustEntry(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address, range, ...rest] = entry.split('/');
  if (rest.length || !address) return false;
  const family = isIP(address);
  if (!family) return false;
  if (range === undefined) return true;
  if (/^\d{1,3}$/.test(range)) return Number(range) <= (family === 4 ? 32 : 128);
  return family === 4 && isIP(range) === 4;
}

/**
 * TRUSTED_PROXIES -> Fastify's `trustProxy` list. The client address (`request.ip`, the per-IP rate limit's key) is
 * then the nearest X-Forwarded-For entry that is not itself a trusted proxy; a header sent by anyone else is ignored.
 * `none` (or an empty value) trusts nobody: every client is the socket's peer.
 */
export const trustedProxiesSchema = z
  .string()
  // The web app's proxy on the same host (npm start, one machine); a remote attacker never comes from loopback.
  .default('loopback')
  .transform((value) =>
    value
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry && entry !== 'none'),
  )
  .refine((entries) => entries.every(isTrustEntry), { message: 'comma-separated IPs, CIDRs, loopback, linklocal, uniquelocal or none' });

/** What Fastify takes: `false` when nobody is trusted (X-Forwarded-For never read). */
export const trustProxyOption = (trusted: readonly string[]): false | string[] => (trusted.length ? [...trusted] : false);
