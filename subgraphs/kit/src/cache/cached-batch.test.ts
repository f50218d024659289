import { CachedBatch } from './cached-batch.js';
import { MemoryStore } from './memory-store.js';

const policy = { name: 'test.squares', version: 1, ttlMs: 1_000, staleMs: 60_000 };

function counting(fail = { now: false }) {
  const calls: number[][] = [];
  const fetchMany = async (keys: number[]) => {
    calls.push(keys);
    await new Promise((r) => setTimeout(r, 5));
    if (fail.now) throw new Error('legacy down');
    return new Map(keys.map((k) => [k, k * k]));
  };
  return { calls, fetchMany };
}

describe('CachedBatch', () => {
  it('fetches misses in one call and serves warm hits without calling', async () => {
    const { calls, fetchMany } = counting();
    const cache = new CachedBatch(new MemoryStore(), policy, fetchMany);
    const first = await cache.load([1, 2, 3, 2]);
    expect(calls).toEqual([[1, 2, 3]]);
    expect([...first.values.entries()]).toEqual([[1, 1], [2, 4], [3, 9]]);
    const second = await cache.load([3, 1]);
    expect(calls).toHaveLength(1);
    expect(second).toMatchObject({ fetched: 0, stale: false });
    await cache.load([1, 4]);
    expect(calls[1]).toEqual([4]);
  });

  it('merges concurrent requests for the same keys into one legacy call', async () => {
    const { calls, fetchMany } = counting();
    const cache = new CachedBatch(new MemoryStore(), policy, fetchMany);
    const results = await Promise.all([cache.load([7, 8]), cache.load([8, 7]), cache.load([7])]);
    expect(calls).toEqual([[7, 8]]);
    expect(results.map((r) => r.values.get(7))).toEqual([49, 49, 49]);
  });

  it('serves a stale copy, flagged, when the legacy call fails after the TTL', async () => {
    const fail = { now: false };
    const { fetchMany } = counting(fail);
    const cache = new CachedBatch(new MemoryStore(), { ...policy, ttlMs: 1 }, fetchMany);
    await cache.load([5]);
    await new Promise((r) => setTimeout(r, 10));
    fail.now = true;
    const result = await cache.load([5]);
    expect(result).toMatchObject({ stale: true });
    expect(result.values.get(5)).toBe(25);
  });

  it('fails when a key has no stale copy to fall back on', async () => {
    const { fetchMany } = counting({ now: true });
    const cache = new CachedBatch(new MemoryStore(), policy, fetchMany);
    await expect(cache.load([9])).rejects.toThrow('legacy down');
  });

  it('keeps personal data out of keys and stored values when protected', async () => {
    const store = new MemoryStore();
    const seen: string[] = [];
    const spy = { ...store, kind: store.kind, mget: (k: string[]) => store.mget(k), del: (k: string[]) => store.del(k), close: () => store.close(),
      set: (k: string, v: string, t: number) => { seen.push(k, v); return store.set(k, v, t); } };
    const protect = { digestKey: (k: string) => `d(${k.length})`, seal: (t: string) => Buffer.from(t).toString('base64'), open: (t: string) => Buffer.from(t, 'base64').toString() };
    const cache = new CachedBatch(spy, { ...policy, protect }, async (keys: string[]) => new Map(keys.map((k) => [k, `name-of-${k}`])));
    await cache.load(['410102199001011234']);
    expect(seen.join(' ')).not.toContain('410102199001011234');
    expect((await cache.load(['410102199001011234'])).values.get('410102199001011234')).toBe('name-of-410102199001011234');
  });

  it('keeps versions apart', async () => {
    const store = new MemoryStore();
    const a = counting();
    const b = counting();
    await new CachedBatch(store, policy, a.fetchMany).load([1]);
    await new CachedBatch(store, { ...policy, version: 2 }, b.fetchMany).load([1]);
    expect(b.calls).toEqual([[1]]);
  });
});
