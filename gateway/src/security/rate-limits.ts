import { Redis, type RedisOptions } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type IRateLimiterOptions } from 'rate-limiter-flexible';

export interface LimitVerdict {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

/** `none`: no Redis configured (in-process by design); `down`: configured but not answering (in-process fallback). */
export type SharedCounterStatus = 'ok' | 'down' | 'none';

/**
 * Redis is shared state, never something a request waits on: no offline queue (a command fails at once while
 * disconnected), one attempt, a short command timeout; ioredis reconnects by itself with backoff.
 */
export const RATE_LIMIT_REDIS_OPTIONS: RedisOptions = {
  enableAutoPipelining: true,
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  commandTimeout: 300,
  connectTimeout: 1000,
  retryStrategy: (times) => Math.min(100 * times, 2000),
};

/** After a failed Redis command, count in-process for this long before trying Redis again. */
const PAUSE_AFTER_FAILURE_MS = 1000;

/**
 * rate-limiter-flexible's insurance limiter (in-process counters) that tells us when it had to step in:
 * RateLimiterRedis calls it only when Redis failed (down, not ready, or a command timed out).
 */
class InsuranceLimiter extends RateLimiterMemory {
  constructor(
    options: IRateLimiterOptions,
    private readonly onRedisFailure: () => void,
  ) {
    super(options);
  }

  override consume(key: string | number, points?: number, options?: Record<string, unknown>) {
    this.onRedisFailure();
    return super.consume(key, points, options);
  }

  /** Counting here on purpose (Redis is paused), not because Redis just failed. */
  consumeLocally(key: string, points: number) {
    return super.consume(key, points);
  }
}

interface Limiter {
  shared?: RateLimiterRedis;
  local: InsuranceLimiter;
}

/**
 * Fixed-window counters per caller, per IP and per partner key (rate-limiter-flexible): Redis when configured, so
 * every gateway replica shares them, in-process otherwise — and in-process too while Redis is down or stalled
 * (each replica then counts alone, so the effective limit is per replica until Redis is back; it comes back by itself).
 */
export class RateLimits {
  private readonly limiters = new Map<string, Limiter>();
  private readonly redis?: Redis;
  private pausedUntil = 0;

  constructor(
    redisUrl: string | undefined,
    private readonly prefix = 'jt:rl',
    private readonly onFallback: (reason: string) => void = () => undefined,
  ) {
    if (redisUrl) {
      this.redis = new Redis(redisUrl, RATE_LIMIT_REDIS_OPTIONS);
      // Connection errors are expected while Redis is down: readiness reports them, the counters fall back.
      this.redis.on('error', () => undefined);
    }
  }

  private limiter(name: string, points: number, durationSeconds: number): Limiter {
    const id = `${name}:${points}:${durationSeconds}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      const options = { keyPrefix: `${this.prefix}:${name}`, points, duration: durationSeconds };
      const local = new InsuranceLimiter(options, () => this.redisFailed());
      const shared = this.redis ? new RateLimiterRedis({ ...options, storeClient: this.redis, rejectIfRedisNotReady: true, insuranceLimiter: local }) : undefined;
      limiter = { shared, local };
      this.limiters.set(id, limiter);
    }
    return limiter;
  }

  private redisFailed() {
    const now = Date.now();
    const connected = this.redis?.status === 'ready';
    if (now >= this.pausedUntil) this.onFallback(connected ? 'redis command timed out' : `redis ${this.redis?.status ?? 'absent'}`);
    this.pausedUntil = now + PAUSE_AFTER_FAILURE_MS;
    // A command that timed out on a live connection leaves its reply owed on that socket: start a fresh one.
    if (connected) this.redis?.disconnect(true);
  }

  /** Take `cost` points from `key` in the `name` window of `points` per `durationSeconds`. */
  async consume(name: string, key: string, points: number, durationSeconds: number, cost = 1): Promise<LimitVerdict> {
    const { shared, local } = this.limiter(name, points, durationSeconds);
    try {
      const res = shared && Date.now() >= this.pausedUntil ? await shared.consume(key, cost) : await local.consumeLocally(key, cost);
      return { allowed: true, limit: points, remaining: res.remainingPoints, resetSeconds: Math.ceil(res.msBeforeNext / 1000) };
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      return { allowed: false, limit: points, remaining: 0, resetSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
    }
  }

  /**
   * Waits (at most `timeoutMs`) for the first connection, so the first requests are not counted in-process
   * only because the gateway was faster than the handshake. A Redis that is down does not stop the start.
   */
  async connected(timeoutMs = 2000): Promise<void> {
    const redis = this.redis;
    if (!redis || redis.status === 'ready') return;
    await new Promise<void>((resolve) => {
      // Ready, or refused (nothing to wait for), or slow: whichever comes first.
      const done = () => {
        clearTimeout(timer);
        redis.off('ready', done).off('error', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      redis.once('ready', done).once('error', done);
    });
  }

  /** For `/readyz`: does the shared store answer now (a PING within the command timeout)? */
  async status(): Promise<SharedCounterStatus> {
    if (!this.redis) return 'none';
    if (this.redis.status !== 'ready') return 'down';
    try {
      await this.redis.ping();
      // Redis answers again: share the counters from the next request on.
      this.pausedUntil = 0;
      return 'ok';
    } catch {
      return 'down';
    }
  }

  async close() {
    if (!this.redis) return;
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis?.disconnect());
    else this.redis.disconnect();
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
