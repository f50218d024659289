import { Redis } from 'ioredis';
import type { CacheStore } from './cache-store.js';

/** Shared cache for every replica. */
export class RedisStore implements CacheStore {
  readonly kind = 'redis' as const;
  readonly redis: Redis;

  constructor(url: string, private readonly prefix = 'jt:') {
    this.redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableAutoPipelining: true });
  }

  async mget(keys: string[]) {
    if (keys.length === 0) return [];
    const values = await this.redis.mget(keys.map((k) => this.prefix + k));
    return values.map((v) => v ?? undefined);
  }

  async set(key: string, value: string, ttlMs: number) {
    await this.redis.set(this.prefix + key, value, 'PX', Math.max(1, Math.round(ttlMs)));
  }

  async del(keys: string[]) {
    if (keys.length) await this.redis.del(...keys.map((k) => this.prefix + k));
  }

  async close() {
    await this.redis.quit().catch(() => undefined);
  }
}
