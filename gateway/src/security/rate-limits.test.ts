import { RateLimits, rateLimitHeaders } from './rate-limits.js';

describe('rate-limit headers (IETF draft RateLimit, RateLimit-Policy)', () => {
  const ip = { allowed: true, limit: 600, remaining: 550, resetSeconds: 40 };
  const caller = { allowed: true, limit: 120, remaining: 7, resetSeconds: 12 };

  it('names every window in the policy and the tightest in RateLimit; no Retry-After while allowed', () => {
    expect(rateLimitHeaders([ip, caller], 60)).toEqual({ 'ratelimit-policy': '600;w=60, 120;w=60', ratelimit: 'limit=120, remaining=7, reset=12' });
    expect(rateLimitHeaders([ip], 60)).toEqual({ 'ratelimit-policy': '600;w=60', ratelimit: 'limit=600, remaining=550, reset=40' });
  });

  it('asks a refused client to wait until the last refusing window resets', () => {
    const ipRefused = { ...ip, allowed: false, remaining: 0, resetSeconds: 50 };
    const callerRefused = { ...caller, allowed: false, remaining: 0, resetSeconds: 9 };
    expect(rateLimitHeaders([ipRefused, callerRefused], 60)['retry-after']).toBe('50');
    expect(rateLimitHeaders([ip, callerRefused], 60)).toMatchObject({ ratelimit: 'limit=120, remaining=0, reset=9', 'retry-after': '9' });
  });
});

describe('in-process counters (no Redis)', () => {
  it('counts down per key and window, charges a cost of several points, and refuses past the limit', async () => {
    const limits = new RateLimits(undefined, 'jt:rl:unit');
    expect(await limits.consume('caller', 'a', 3, 60)).toMatchObject({ allowed: true, limit: 3, remaining: 2 });
    expect(await limits.consume('caller', 'b', 3, 60)).toMatchObject({ allowed: true, remaining: 2 });
    expect(await limits.consume('caller', 'a', 3, 60, 2)).toMatchObject({ allowed: true, remaining: 0 });
    const refused = await limits.consume('caller', 'a', 3, 60);
    expect(refused).toMatchObject({ allowed: false, limit: 3, remaining: 0 });
    expect(refused.resetSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.resetSeconds).toBeLessThanOrEqual(60);
    expect(await limits.status()).toBe('none');
    await limits.close();
  });
});
