import type { CacheStore } from './cache-store.js';

/**
 * A short-lived in-process tier in front of a shared one: hot keys never leave the process. When the
 * shared tier fails (Redis down or stalled), the near tier answers alone and keeps what is written for
 * its whole lifetime, as the embedded path does; the shared tier is used again as soon as it answers.
 */
export class TieredStore implements CacheStore {
  readonly kind = 'tiered' as const;

  constructor(private readonly near: CacheStore, private readonly far: CacheStore, private readonly nearTtlMs = 2_000) {}

  async mget(keys: string[]) {
    const near = await this.near.mget(keys);
    const missing = keys.filter((_, i) => near[i] === undefined);
    if (missing.length === 0) return near;
    let far: (string | undefined)[];
    try {
      far = await this.far.mget(missing);
    } catch {
      return near;
    }
    const byKey = new Map(missing.map((k, i) => [k, far[i]]));
    await Promise.all(
      missing.map((k) => {
        const v = byKey.get(k);
        return v === undefined ? undefined : this.near.set(k, v, this.nearTtlMs);
      }),
    );
    return keys.map((k, i) => near[i] ?? byKey.get(k));
  }

  async set(key: string, value: string, ttlMs: number) {
    try {
      await Promise.all([this.near.set(key, value, Math.min(ttlMs, this.nearTtlMs)), this.far.set(key, value, ttlMs)]);
    } catch {
      await this.near.set(key, value, ttlMs);
    }
  }

  async del(keys: string[]) {
    await this.near.del(keys);
    // Keys are versioned: a delete Redis missed only leaves an entry that is no longer read.
    await this.far.del(keys).catch(() => undefined);
  }

  async close() {
    await Promise.all([this.near.close(), this.far.close()]);
  }
}
