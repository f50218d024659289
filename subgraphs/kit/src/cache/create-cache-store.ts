import type { CacheStore } from './cache-store.js';
import { MemoryStore } from './memory-store.js';
import { RedisStore } from './redis-store.js';
import { TieredStore } from './tiered-store.js';

/** Redis (behind a small in-process tier) when `REDIS_URL` is set, an in-process LRU otherwise. */
export function createCacheStore({ redisUrl, prefix }: { redisUrl?: string; prefix?: string }): CacheStore {
  if (!redisUrl) return new MemoryStore();
  return new TieredStore(new MemoryStore(10_000), new RedisStore(redisUrl, prefix));
}
