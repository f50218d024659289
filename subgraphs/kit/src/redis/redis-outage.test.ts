import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { MemoryStore } from '../cache/memory-store.js';
import { RedisStore } from '../cache/redis-store.js';
import { TieredStore } from '../cache/tiered-store.js';
import { RedisShortLivedStore } from '../store/redis-short-lived-store.js';
import { TcpProxy } from './testing/tcp-proxy.js';

const REDIS = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
const eventually = async (check: () => Promise<boolean> | boolean, timeoutMs = 8_000) => {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
};
const timed = async <T>(work: () => Promise<T>) => {
  const started = Date.now();
  const value = await work();
  return { value, ms: Date.now() - started };
};

describe('Redis outage: the stores answer from this process, fast, and use Redis again when it is back', () => {
  let proxy: TcpProxy;
  let cache: TieredStore;
  let far: RedisStore;
  let store: RedisShortLivedStore;
  const prefix = `jt:test:outage:${randomBytes(4).toString('hex')}:`;

  beforeAll(async () => {
    proxy = await TcpProxy.start({ host: REDIS.hostname, port: Number(REDIS.port || 6379) });
    far = new RedisStore(proxy.url, prefix);
    cache = new TieredStore(new MemoryStore(100), far, 50);
    store = new RedisShortLivedStore(proxy.url, `${prefix}s:`);
    await eventually(() => far.available);
  });
  afterAll(async () => {
    await cache.close();
    await store.close();
    await proxy.close();
  });

  it('serves and keeps entries while Redis is cut, without waiting on it, then recovers by itself', async () => {
    await cache.set('before', 'v0', 60_000);
    await proxy.cut();
    await eventually(() => !far.available);

    const write = await timed(() => cache.set('during', 'v1', 60_000));
    expect(write.ms).toBeLessThan(200);
    // Kept for its whole lifetime in the near tier (not the 50 ms of normal times).
    await new Promise((r) => setTimeout(r, 120));
    const read = await timed(() => cache.mget(['during', 'missing']));
    expect(read.value).toEqual(['v1', undefined]);
    expect(read.ms).toBeLessThan(200);
    await expect(cache.del(['during'])).resolves.toBeUndefined();

    await store.set('code', '123456', 60_000);
    expect(await store.increment('sends', 60_000)).toBe(1);
    expect(await store.increment('sends', 60_000)).toBe(2);
    expect(await store.setIfAbsent('lock', 'x', 60_000)).toBe(true);
    expect(await store.setIfAbsent('lock', 'y', 60_000)).toBe(false);

    await proxy.restore();
    await eventually(() => far.available);
    // Redis again: what was written before the outage is there; what was written during it is still found.
    expect(await cache.mget(['before'])).toEqual(['v0']);
    await cache.set('after', 'v2', 60_000);
    expect(await far.mget(['after'])).toEqual(['v2']);
    expect(await store.get('code')).toBe('123456');
    expect(await store.take('code')).toBe(true);
    expect(await store.take('code')).toBe(false);
  });

  it('does not wait on a Redis that accepts connections but never answers', async () => {
    const silent: Server = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    const url = `redis://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const stalled = new TieredStore(new MemoryStore(10), new RedisStore(url, prefix), 50);
    const shortLived = new RedisShortLivedStore(url, prefix);
    try {
      const { value, ms } = await timed(async () => {
        await stalled.set('k', 'v', 60_000);
        await shortLived.set('c', '1', 60_000);
        return [await stalled.mget(['k']), await shortLived.get('c')];
      });
      expect(value).toEqual([['v'], '1']);
      expect(ms).toBeLessThan(300);
    } finally {
      await stalled.close();
      await shortLived.close();
      await new Promise<void>((r) => silent.close(() => r()));
    }
  });
});
