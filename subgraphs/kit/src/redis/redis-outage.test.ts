import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { MemoryStore } from '../cache/memory-store.js';
import { RedisStore } from '../cache/redis-store.js';
import { TieredStore } from '../cache/tiered-store.js';
import { RedisShortLivedStore } from '../store/redis-short-lived-store.js';
import type { Redis } from 'ioredis';
import { createResilientRedis } from './resilient-redis.js';
import { TcpProxy } from './testing/tcp-proxy.js';

const REDIS = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
const eventually = async (check: () => Promise<boolean> | boolean, timeoutMs = 8_000) => {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
};
/** What ioredis sends by itself on (re)connecting: not a command anyone asked for. */
const HANDSHAKE = new Set(['info', 'client', 'select', 'auth', 'hello', 'quit']);

/** From now on, the name of each command `redis` is asked to send, whether or not it reaches Redis. */
function recordCommands(redis: Redis): string[] {
  const sent: string[] = [];
  const send = redis.sendCommand.bind(redis);
  redis.sendCommand = ((command: { name: string }, ...rest: unknown[]) => {
    if (!HANDSHAKE.has(command.name)) sent.push(command.name);
    return (send as (...args: unknown[]) => unknown)(command, ...rest);
  }) as Redis['sendCommand'];
  return sent;
}

/** How many commands `work` asked of Redis, and what it came to. */
async function asked<T>(sent: string[][], work: () => Promise<T>) {
  const before = sent.map((s) => s.length);
  const value = await work();
  return { value, commands: sent.reduce((n, s, i) => n + s.length - before[i], 0) };
}

describe('Redis outage: the stores answer from this process, fast, and use Redis again when it is back', () => {
  let proxy: TcpProxy;
  let cache: TieredStore;
  let far: RedisStore;
  let store: RedisShortLivedStore;
  let storeRedis: Redis;
  let sent: string[][];
  const prefix = `jt:test:outage:${randomBytes(4).toString('hex')}:`;

  beforeAll(async () => {
    proxy = await TcpProxy.start({ host: REDIS.hostname, port: Number(REDIS.port || 6379) });
    far = new RedisStore(proxy.url, prefix);
    cache = new TieredStore(new MemoryStore(100), far, 50);
    storeRedis = createResilientRedis(proxy.url);
    store = new RedisShortLivedStore(proxy.url, `${prefix}s:`, storeRedis);
    sent = [recordCommands(far.redis), recordCommands(storeRedis)];
    await eventually(() => far.available && storeRedis.status === 'ready');
  });
  afterAll(async () => {
    await cache.close();
    await store.close();
    await proxy.close();
  });

  it('serves and keeps entries while Redis is cut, without waiting on it, then recovers by itself', async () => {
    // While Redis is there, both stores go through it.
    expect((await asked(sent, () => cache.set('before', 'v0', 60_000))).commands).toBeGreaterThan(0);
    await proxy.cut();
    await eventually(() => far.redis.status !== 'ready' && storeRedis.status !== 'ready');

    // Nothing waits on an absent Redis: it is not asked anything (a stalled link would hold each command for its timeout).
    const during = await asked(sent, async () => {
      await cache.set('during', 'v1', 60_000);
      // Kept for its whole lifetime in the near tier (not the 50 ms of normal times).
      await new Promise((r) => setTimeout(r, 120));
      const read = await cache.mget(['during', 'missing']);
      await cache.del(['during']);
      await store.set('code', '123456', 60_000);
      const sends = [await store.increment('sends', 60_000), await store.increment('sends', 60_000)];
      const locks = [await store.setIfAbsent('lock', 'x', 60_000), await store.setIfAbsent('lock', 'y', 60_000)];
      return { read, sends, locks };
    });
    expect(during).toEqual({ value: { read: ['v1', undefined], sends: [1, 2], locks: [true, false] }, commands: 0 });

    await proxy.restore();
    await eventually(() => far.available);
    // Redis again: what was written before the outage is there; what was written during it is still found.
    expect(await cache.mget(['before'])).toEqual(['v0']);
    const after = await asked(sent, () => cache.set('after', 'v2', 60_000));
    expect(after.commands).toBeGreaterThan(0);
    expect(await far.mget(['after'])).toEqual(['v2']);
    expect(await store.get('code')).toBe('123456');
    expect(await store.take('code')).toBe(true);
    expect(await store.take('code')).toBe(false);
  });

  it('does not wait on a Redis that accepts connections but never answers', async () => {
    const silent: Server = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    const url = `redis://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const farStore = new RedisStore(url, prefix);
    const stalled = new TieredStore(new MemoryStore(10), farStore, 50);
    const shortLivedRedis = createResilientRedis(url);
    const shortLived = new RedisShortLivedStore(url, prefix, shortLivedRedis);
    const commands = [recordCommands(farStore.redis), recordCommands(shortLivedRedis)];
    try {
      // Connected, never ready: nothing is sent its way, so nothing waits for an answer that never comes.
      const result = await asked(commands, async () => {
        await stalled.set('k', 'v', 60_000);
        await shortLived.set('c', '1', 60_000);
        return [await stalled.mget(['k']), await shortLived.get('c')];
      });
      expect(result).toEqual({ value: [['v'], '1'], commands: 0 });
      expect([farStore.redis.status, shortLivedRedis.status]).not.toContain('ready');
    } finally {
      await stalled.close();
      await shortLived.close();
      await new Promise<void>((r) => silent.close(() => r()));
    }
  });
});
