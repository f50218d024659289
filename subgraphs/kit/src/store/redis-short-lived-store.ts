import { Redis } from 'ioredis';
import type { ShortLivedStore } from './short-lived-store.js';

// INCR and, on the first increment only, PEXPIRE: atomic, so concurrent replicas share one window.
const INCREMENT = `local n = redis.call('INCR', KEYS[1]) if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return n`;

export class RedisShortLivedStore implements ShortLivedStore {
  private readonly redis: Redis;

  constructor(url: string, private readonly prefix: string) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false });
  }

  private k = (key: string) => `${this.prefix}${key}`;

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.set(this.k(key), value, 'PX', Math.max(1, Math.round(ttlMs)), 'NX')) === 'OK';
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.redis.set(this.k(key), value, 'PX', Math.max(1, Math.round(ttlMs)));
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.redis.get(this.k(key))) ?? undefined;
  }

  async ttlMs(key: string): Promise<number | undefined> {
    const ttl = await this.redis.pttl(this.k(key));
    return ttl < 0 ? undefined : ttl;
  }

  async increment(key: string, ttlMs: number): Promise<number> {
    return Number(await this.redis.eval(INCREMENT, 1, this.k(key), String(Math.max(1, Math.round(ttlMs)))));
  }

  async del(keys: string[]): Promise<void> {
    if (keys.length) await this.redis.del(...keys.map(this.k));
  }

  async take(key: string): Promise<boolean> {
    return (await this.redis.del(this.k(key))) === 1;
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
