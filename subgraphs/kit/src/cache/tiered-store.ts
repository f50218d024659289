import type { CacheStore } from './cache-store.js';

/** A short-lived in-process tier in front of a shared one: hot keys never leave the process. */
export class TieredStore implements CacheStore {
  readonly kind = 'tiered' as const;

  constructor(private readonly near: CacheStore, private readonly far: CacheStore, private readonly nearTtlMs = 2_000) {}

  async mget(keys: string[]) {
    const near = await this.near.mget(keys);
    const missing = keys.filter((_, i) => near[i] === undefined);
    if (missing.length === 0) return near;
    const far = await this.far.mget(missing);
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
    await Promise.all([this.near.set(key, value, Math.min(ttlMs, this.nearTtlMs)), this.far.set(key, value, ttlMs)]);
  }

  async del(keys: string[]) {
    await Promise.all([this.near.del(keys), this.far.del(keys)]);
  }

  async close() {
    await Promise.all([this.near.close(), this.far.close()]);
  }
}
