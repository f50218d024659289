import { LRUCache } from 'lru-cache';
import type { CacheStore } from './cache-store.js';

/** In-process LRU: the embedded default, and the first tier in front of Redis. */
export class MemoryStore implements CacheStore {
  readonly kind = 'memory' as const;
  private readonly lru: LRUCache<string, string>;

  constructor(maxEntries = 50_000, private readonly maxTtlMs = Number.POSITIVE_INFINITY) {
    this.lru = new LRUCache<string, string>({ max: maxEntries, ttlAutopurge: false });
  }

  async mget(keys: string[]) {
    return keys.map((k) => this.lru.get(k));
  }

  async set(key: string, value: string, ttlMs: number) {
    this.lru.set(key, value, { ttl: Math.min(ttlMs, this.maxTtlMs) });
  }

  async del(keys: string[]) {
    for (const k of keys) this.lru.delete(k);
  }

  async close() {
    this.lru.clear();
  }
}
