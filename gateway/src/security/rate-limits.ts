import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface LimitVerdict {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

/**
 * Fixed-window counters per caller, per IP and per partner key (rate-limiter-flexible):
 * Redis when configured so every gateway replica shares them, in-process otherwise.
 */
export class RateLimits {
  private readonly limiters = new Map<string, RateLimiterAbstract>();
  private readonly redis?: Redis;

  constructor(redisUrl: string | undefined, private readonly prefix = 'jt:rl') {
    if (redisUrl) this.redis = new Redis(redisUrl, { maxRetriesPerRequest: 2, enableAutoPipelining: true });
  }

  private limiter(name: string, points: number, durationSeconds: number): RateLimiterAbstract {
    const id = `${name}:${points}:${durationSeconds}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      const options = { keyPrefix: `${this.prefix}:${name}`, points, duration: durationSeconds };
      limiter = this.redis ? new RateLimiterRedis({ ...options, storeClient: this.redis }) : new RateLimiterMemory(options);
      this.limiters.set(id, limiter);
    }
    return limiter;
  }

  /** Take `cost` points from `key` in the `name` window of `points` per `durationSeconds`. */
  async consume(name: string, key: string, points: number, durationSeconds: number, cost = 1): Promise<LimitVerdict> {
    try {
      const res = await this.limiter(name, points, durationSeconds).consume(key, cost);
      return { allowed: true, limit: points, remaining: res.remainingPoints, resetSeconds: Math.ceil(res.msBeforeNext / 1000) };
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      return { allowed: false, limit: points, remaining: 0, resetSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
    }
  }

  async close() {
    await this.redis?.quit().catch(() => undefined);
  }
}

/** IETF draft RateLimit header fields for the tightest of the limits that applied. */
export function rateLimitHeaders(verdicts: LimitVerdict[], windowSeconds: number): Record<string, string> {
  const tightest = verdicts.reduce((a, b) => (b.remaining < a.remaining ? b : a));
  const refused = verdicts.filter((v) => !v.allowed);
  return {
    'ratelimit-policy': verdicts.map((v) => `${v.limit};w=${windowSeconds}`).join(', '),
    ratelimit: `limit=${tightest.limit}, remaining=${tightest.remaining}, reset=${tightest.resetSeconds}`,
    ...(refused.length ? { 'retry-after': String(Math.max(...refused.map((v) => v.resetSeconds))) } : {}),
  };
}
