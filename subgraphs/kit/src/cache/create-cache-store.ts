import type { Metrics } from '../metrics/create-metrics.js';
import type { CacheStore } from './cache-store.js';
import { MemoryStore } from './memory-store.js';
import { RedisStore } from './redis-store.js';
import { TieredStore } from './tiered-store.js';

/** Redis (behind a small in-process tier) when `REDIS_URL` is set, an in-process LRU otherwise. */
export function createCacheStore({ redisUrl, prefix, metrics }: { redisUrl?: string; prefix?: string; metrics?: Metrics }): CacheStore {
  const store: CacheStore = redisUrl ? new TieredStore(new MemoryStore(10_000), new RedisStore(redisUrl, prefix)) : new MemoryStore();
  store.metrics = metrics;
  return store;
}
