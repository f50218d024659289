import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

export interface VerifiedTokensOptions {
  /** Entries at most; the least recently used goes first. */
  max: number;
  /**
   * How long a verification is trusted before the signature is checked again, whatever the token's own
   * expiry: bounds how long a key withdrawn from the JWKS keeps working here.
   */
  maxAgeMs: number;
  now?: () => number;
}

/**
 * Bearer tokens whose signature and claims were verified, keyed by a hash of the token (the cache never
 * holds a usable credential), each until the earlier of its `exp` and `maxAgeMs`. An ES256 verification costs
 * more CPU than the rest of the gateway's guard together; a signed-in citizen sends the same token with every
 * request. Only successful verifications are kept: a forged token is checked (and refused) every time.
 */
export class VerifiedTokens<T extends {}> {
  private readonly entries: LRUCache<string, T> | undefined;
  private readonly now: () => number;

  constructor(private readonly options: VerifiedTokensOptions) {
    this.now = options.now ?? Date.now;
    const now = this.now;
    // Our clock (tests drive it), read on every check (ttlResolution 0): an entry never outlives its token's `exp`.
    this.entries = options.max > 0 ? new LRUCache<string, T>({ max: options.max, ttl: Math.max(1, options.maxAgeMs - 1), ttlResolution: 0, perf: { now } }) : undefined;
  }

  static keyOf(token: string): string {
    return createHash('sha256').update(token).digest('base64url');
  }

  get size() {
    // Expired entries are dropped on read; purge first so the size counts live entries only.
    this.entries?.purgeStale();
    return this.entries?.size ?? 0;
  }

  get(key: string): T | undefined {
    return this.entries?.get(key);
  }

  /** `expSeconds`: the token's `exp` claim, if it has one. */
  set(key: string, value: T, expSeconds: number | undefined): void {
    if (!this.entries) return;
    const ttl = Math.min(this.options.maxAgeMs, expSeconds === undefined ? Infinity : expSeconds * 1000 - this.now());
    // lru-cache drops an entry once its age exceeds its ttl; a token is dead at its `exp`: one millisecond less.
    if (ttl <= 1) return;
    this.entries.set(key, value, { ttl: ttl - 1 });
  }
}
