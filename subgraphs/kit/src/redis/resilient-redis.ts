import { Redis, type RedisOptions } from 'ioredis';

/**
 * Redis is shared state, not a dependency a request may wait on: commands fail fast (no offline queue,
 * a short command timeout, one attempt) and the connection comes back by itself (ioredis reconnects
 * with backoff). What a failed command falls back to is the caller's choice (`RedisFallback`).
 */
export const RESILIENT_REDIS_OPTIONS: RedisOptions = {
  commandTimeout: 500,
  connectTimeout: 2000,
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
  retryStrategy: (times) => Math.min(100 * times, 2000),
};

export function createResilientRedis(url: string, options: RedisOptions = {}): Redis {
  const redis = new Redis(url, { ...RESILIENT_REDIS_OPTIONS, ...options });
  // Connection errors are expected while Redis is down; `/readyz` reports them, so they are not thrown at the process.
  redis.on('error', () => undefined);
  return redis;
}

export type Attempt<T> = { ok: true; value: T } | { ok: false };

/**
 * Try Redis only while it is connected; after a failed command (a timeout on a stalled connection) skip it
 * for `pauseMs`, so an outage costs requests nothing but the in-process fallback.
 */
export class RedisFallback {
  private skipUntil = 0;

  constructor(
    readonly redis: Redis,
    private readonly pauseMs = 1000,
  ) {}

  get available(): boolean {
    return this.redis.status === 'ready' && Date.now() >= this.skipUntil;
  }

  async attempt<T>(command: (redis: Redis) => Promise<T>): Promise<Attempt<T>> {
    if (!this.available) return { ok: false };
    try {
      return { ok: true, value: await command(this.redis) };
    } catch {
      this.skipUntil = Date.now() + this.pauseMs;
      return { ok: false };
    }
  }

  async close(): Promise<void> {
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }
}
