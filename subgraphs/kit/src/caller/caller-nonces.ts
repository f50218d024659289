import type { Redis } from 'ioredis';
import { MemoryShortLivedStore } from '../store/memory-short-lived-store.js';
import { RedisShortLivedStore } from '../store/redis-short-lived-store.js';
import type { ShortLivedStore } from '../store/short-lived-store.js';
import { CALLER_MAX_SKEW_SECONDS, verifyCaller, type VerifyResult } from './signed-header.js';

/**
 * How long a nonce is remembered: a header is accepted while its `iat` (whole seconds) is within
 * `CALLER_MAX_SKEW_SECONDS` of the receiving clock, either side, so for at most twice the window plus the
 * second `iat` was rounded down by. After that the header is refused as expired anyway.
 */
export const CALLER_NONCE_TTL_MS = (2 * CALLER_MAX_SKEW_SECONDS + 1) * 1000;

/** One key space for every subgraph: a header captured on its way to one service is no good at another either. */
export const CALLER_NONCE_PREFIX = 'jt:caller-nonce:';

/**
 * The nonces of signed caller headers seen within their window: an identical request replayed (same header,
 * same body) is refused. Shared by every replica through Redis (`SET NX PX`); in-process when there is no
 * Redis or while it is down (the short-lived store's fallback: replay then refused per replica, not across them).
 */
export class CallerNonces {
  constructor(private readonly store: ShortLivedStore) {}

  /** True for the first request that presents the nonce, false for every other, concurrent ones included. */
  firstUse(nonce: string): Promise<boolean> {
    return this.store.setIfAbsent(nonce, '1', CALLER_NONCE_TTL_MS);
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/** Redis when `redisUrl` is set (on `redis`, when the caller already holds a fail-fast connection), else in-process. */
export function createCallerNonces({ redisUrl, redis }: { redisUrl?: string; redis?: Redis } = {}): CallerNonces {
  return new CallerNonces(redisUrl ? new RedisShortLivedStore(redisUrl, CALLER_NONCE_PREFIX, redis) : new MemoryShortLivedStore());
}

/** `verifyCaller`, then its nonce taken: a header is good for one request. Only a valid header spends a nonce. */
export async function verifyCallerOnce(header: string | undefined, secret: string, digest: string | null, nonces: CallerNonces, now = Date.now()): Promise<VerifyResult> {
  const result = verifyCaller(header, secret, digest, now);
  if (!result.ok) return result;
  return (await nonces.firstUse(result.nonce)) ? result : { ok: false, reason: 'replayed' };
}
