import type { Redis } from 'ioredis';
import { createResilientRedis, RedisFallback } from '../redis/resilient-redis.js';
import type { CacheStore } from './cache-store.js';

/**
 * Shared cache for every replica. Commands fail fast (see `createResilientRedis`); `available` says
 * whether it is worth asking, so the tier in front of it can answer alone while Redis is away.
 */
export class RedisStore implements CacheStore {
  readonly kind = 'redis' as const;
  readonly redis: Redis;
  private readonly fallback: RedisFallback;

  constructor(url: string, private readonly prefix = 'jt:') {
    this.redis = createResilientRedis(url, { enableAutoPipelining: true });
    this.fallback = new RedisFallback(this.redis);
  }

  get available(): boolean {
    return this.fallback.available;
  }

  /** Runs a command, or throws at once when Redis is known to be away (the caller falls back). */
  private async run<T>(command: (redis: Redis) => Promise<T>): Promise<T> {
    const result = await this.fallback.attempt(command);
    if (!result.ok) throw new Error('redis unavailable');
    return result.value;
  }

  async mget(keys: string[]) {
    if (keys.length === 0) return [];
    const values = await this.run((r) => r.mget(keys.map((k) => this.prefix + k)));
    return values.map((v) => v ?? undefined);
  }

  async set(key: string, value: string, ttlMs: number) {
    await this.run((r) => r.set(this.prefix + key, value, 'PX', Math.max(1, Math.round(ttlMs))));
  }

  async del(keys: string[]) {
    if (keys.length) await this.run((r) => r.del(...keys.map((k) => this.prefix + k)));
  }

  async close() {
    await this.fallback.close();
  }
}
