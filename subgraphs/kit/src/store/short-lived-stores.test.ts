import { randomBytes } from 'node:crypto';
import { MemoryShortLivedStore } from './memory-short-lived-store.js';
import type { Redis } from 'ioredis';
import { createResilientRedis } from '../redis/resilient-redis.js';
import { RedisShortLivedStore } from './redis-short-lived-store.js';
import type { ShortLivedStore } from './short-lived-store.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
let redis: Redis;

// The same contract on both paths: Redis (shared by replicas) and in-process (embedded).
describe.each([
  ['memory', () => new MemoryShortLivedStore()],
  ['redis', () => new RedisShortLivedStore(REDIS_URL, `jt:test:${randomBytes(4).toString('hex')}:`, redis)],
] as const)('%s short-lived store', (kind, make) => {
  let store: ShortLivedStore;
  beforeAll(async () => {
    // Commands go to Redis only once connected (before, the process's own fallback answers): wait for it.
    if (kind === 'redis') {
      redis = createResilientRedis(REDIS_URL);
      await new Promise((resolve) => redis.once('ready', resolve));
    }
    store = make();
  });
  afterAll(async () => {
    await store.close();
  });

  it('sets a value only when absent, with a lifetime', async () => {
    expect(await store.setIfAbsent('a', '1', 60_000)).toBe(true);
    expect(await store.setIfAbsent('a', '2', 60_000)).toBe(false);
    expect(await store.get('a')).toBe('1');
    const ttl = await store.ttlMs('a');
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
    expect(await store.ttlMs('missing')).toBeUndefined();
  });

  it('counts atomically under concurrency and lets exactly one caller take a key', async () => {
    const counts = await Promise.all(Array.from({ length: 20 }, () => store.increment('n', 60_000)));
    expect(counts.sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    await store.set('code', 'x', 60_000);
    const taken = await Promise.all(Array.from({ length: 5 }, () => store.take('code')));
    expect(taken.filter(Boolean)).toHaveLength(1);
    expect(await store.get('code')).toBeUndefined();
  });

  it('forgets values after their lifetime', async () => {
    await store.set('short', 'x', 30);
    await new Promise((r) => setTimeout(r, 80));
    expect(await store.get('short')).toBeUndefined();
  });
});
