import type { Redis } from 'ioredis';
import { createResilientRedis, RedisFallback } from '../redis/resilient-redis.js';
import { MemoryShortLivedStore } from './memory-short-lived-store.js';
import type { ShortLivedStore } from './short-lived-store.js';

// INCR and, on the first increment only, PEXPIRE: atomic, so concurrent replicas share one window.
const INCREMENT = `local n = redis.call('INCR', KEYS[1]) if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return n`;

const px = (ttlMs: number) => Math.max(1, Math.round(ttlMs));

/**
 * Shared by every replica through Redis. While Redis is down or stalled, this process keeps its own
 * values and counters (limits then hold per replica instead of across them); a value written during the
 * outage is still found after Redis is back, and Redis is used again as soon as it answers.
 */
export class RedisShortLivedStore implements ShortLivedStore {
  private readonly redis: RedisFallback;
  private readonly local: MemoryShortLivedStore;

  constructor(url: string, private readonly prefix: string, redis: Redis = createResilientRedis(url)) {
    this.redis = new RedisFallback(redis);
    this.local = new MemoryShortLivedStore();
  }

  private k = (key: string) => `${this.prefix}${key}`;

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    const shared = await this.redis.attempt((r) => r.set(this.k(key), value, 'PX', px(ttlMs), 'NX'));
    return shared.ok ? shared.value === 'OK' : this.local.setIfAbsent(key, value, ttlMs);
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    const shared = await this.redis.attempt((r) => r.set(this.k(key), value, 'PX', px(ttlMs)));
    if (!shared.ok) await this.local.set(key, value, ttlMs);
  }

  async get(key: string): Promise<string | undefined> {
    const shared = await this.redis.attempt((r) => r.get(this.k(key)));
    return (shared.ok ? shared.value ?? undefined : undefined) ?? this.local.get(key);
  }

  async ttlMs(key: string): Promise<number | undefined> {
    const shared = await this.redis.attempt((r) => r.pttl(this.k(key)));
    if (shared.ok && shared.value >= 0) return shared.value;
    return this.local.ttlMs(key);
  }

  async increment(key: string, ttlMs: number): Promise<number> {
    const shared = await this.redis.attempt((r) => r.eval(INCREMENT, 1, this.k(key), String(px(ttlMs))));
    return shared.ok ? Number(shared.value) : this.local.increment(key, ttlMs);
  }

  async del(keys: string[]): Promise<void> {
    if (keys.length) await this.redis.attempt((r) => r.del(...keys.map(this.k)));
    await this.local.del(keys);
  }

  async take(key: string): Promise<boolean> {
    const shared = await this.redis.attempt((r) => r.del(this.k(key)));
    const local = await this.local.take(key);
    return (shared.ok && shared.value === 1) || local;
  }

  async close(): Promise<void> {
    await this.redis.close();
    await this.local.close();
  }
}
