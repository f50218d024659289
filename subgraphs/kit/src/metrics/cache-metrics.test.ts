import { CachedBatch } from '../cache/cached-batch.js';
import { createCacheStore } from '../cache/create-cache-store.js';
import { createMetrics } from './create-metrics.js';
import { sampleValue } from './read-samples.js';

const LOOKUPS = 'jingtong_cache_lookups_total';
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('cache metrics (CachedBatch in a store made with the service metrics)', () => {
  it('counts hits and misses per key and per cache, so the hit ratio can be computed', async () => {
    const metrics = createMetrics('probe', { processMetrics: false });
    const store = createCacheStore({ metrics });
    const squares = new CachedBatch(store, { name: 'test.squares', version: 1, ttlMs: 60_000, staleMs: 60_000 }, async (keys: number[]) => new Map(keys.map((k) => [k, k * k])));
    const cubes = new CachedBatch(store, { name: 'test.cubes', version: 1, ttlMs: 60_000, staleMs: 60_000 }, async (keys: number[]) => new Map(keys.map((k) => [k, k ** 3])));

    await squares.load([1, 2, 2]);
    await squares.load([1, 2, 3]);
    await cubes.load([1]);
    const text = await metrics.render();
    expect(sampleValue(text, LOOKUPS, { cache: 'test.squares', result: 'miss' })).toBe(3);
    expect(sampleValue(text, LOOKUPS, { cache: 'test.squares', result: 'hit' })).toBe(2);
    expect(sampleValue(text, LOOKUPS, { cache: 'test.cubes', result: 'miss', service: 'probe' })).toBe(1);
    expect(sampleValue(text, LOOKUPS, { cache: 'test.cubes', result: 'hit' })).toBe(0);
  });

  it('counts stale copies served while the legacy system fails', async () => {
    const metrics = createMetrics('probe', { processMetrics: false });
    const failing = { now: false };
    const cache = new CachedBatch(createCacheStore({ metrics }), { name: 'test.flaky', version: 1, ttlMs: 1, staleMs: 60_000 }, async (keys: number[]) => {
      if (failing.now) throw new Error('legacy down');
      return new Map(keys.map((k) => [k, k]));
    });
    await cache.load([5, 6]);
    await pause(10);
    failing.now = true;
    expect((await cache.load([5, 6])).stale).toBe(true);
    const text = await metrics.render();
    expect(sampleValue(text, 'jingtong_cache_stale_served_total', { cache: 'test.flaky' })).toBe(2);
    expect(sampleValue(text, LOOKUPS, { cache: 'test.flaky', result: 'miss' })).toBe(4);
  });

  it('records nothing for a store made without metrics', async () => {
    const cache = new CachedBatch(createCacheStore({}), { name: 'test.plain', version: 1, ttlMs: 1000, staleMs: 0 }, async (keys: number[]) => new Map(keys.map((k) => [k, k])));
    await expect(cache.load([1])).resolves.toMatchObject({ fetched: 1 });
  });
});
