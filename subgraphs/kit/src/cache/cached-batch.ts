import type { CacheCounts } from '../metrics/cache-metrics.js';
import type { CacheStore } from './cache-store.js';

export interface CachePolicy {
  /** Namespace, e.g. `traffic.violationsByPlate`. */
  name: string;
  /** Bump when the cached shape changes: old entries are simply never read again. */
  version: number;
  /** How long an entry is served without asking the legacy system. */
  ttlMs: number;
  /** How much longer it is kept to be served, flagged stale, when the legacy system fails. */
  staleMs: number;
  /**
   * For personal data: keys become a keyed digest (no ID number in a cache key) and
   * values are sealed (encrypted) before they leave the process.
   */
  protect?: { digestKey(key: string): string; seal(text: string): string; open(text: string): string };
}

interface Entry<V> {
  v: V;
  /** Stored at, ms since epoch. */
  t: number;
}

export interface BatchResult<K, V> {
  values: Map<K, V>;
  /** True when at least one value is a stale copy served because the legacy call failed. */
  stale: boolean;
  /** Keys that were fetched from the legacy system by this call (0 on a warm hit). */
  fetched: number;
}

/**
 * Read-through cache for batched legacy look-ups:
 * fresh hits are served; misses go to the legacy system in one call;
 * keys already being fetched by another request are awaited, not fetched again;
 * on failure, stale copies are served (flagged) when every missing key has one.
 */
export class CachedBatch<K extends string | number, V, C = undefined> {
  private readonly inflight = new Map<string, Promise<V>>();
  private readonly counts?: CacheCounts;

  constructor(
    private readonly store: CacheStore,
    private readonly policy: CachePolicy,
    private readonly fetchMany: (keys: K[], ctx: C) => Promise<Map<K, V>>,
  ) {
    this.counts = store.metrics?.cache.forCache(policy.name);
  }

  private key(k: K) {
    const id = this.policy.protect ? this.policy.protect.digestKey(String(k)) : String(k);
    return `${this.policy.name}:v${this.policy.version}:${id}`;
  }

  private encode(entry: Entry<V>): string {
    const text = JSON.stringify(entry);
    return this.policy.protect ? this.policy.protect.seal(text) : text;
  }

  private decode(text: string): Entry<V> | undefined {
    try {
      return JSON.parse(this.policy.protect ? this.policy.protect.open(text) : text) as Entry<V>;
    } catch {
      return undefined; // unreadable (e.g. a rotated-out key): treat as a miss
    }
  }

  async load(keys: readonly K[], ctx?: C): Promise<BatchResult<K, V>> {
    const unique = [...new Set(keys)];
    const now = Date.now();
    // One cache key per key and call: for personal data each is an HMAC, needed up to five times below.
    const cacheKeys = new Map<K, string>(unique.map((k) => [k, this.key(k)]));
    const keyOf = (k: K) => cacheKeys.get(k) as string;
    const raw = await this.store.mget([...cacheKeys.values()]).catch(() => unique.map(() => undefined));
    const values = new Map<K, V>();
    const staleCopies = new Map<K, V>();
    const missing: K[] = [];
    unique.forEach((k, i) => {
      const text = raw[i];
      const entry = text === undefined ? undefined : this.decode(text);
      if (entry && now - entry.t <= this.policy.ttlMs) values.set(k, entry.v);
      else {
        if (entry) staleCopies.set(k, entry.v);
        missing.push(k);
      }
    });
    if (this.counts) {
      if (values.size) this.counts.hits.inc(values.size);
      if (missing.length) this.counts.misses.inc(missing.length);
    }
    if (missing.length === 0) return { values, stale: false, fetched: 0 };

    const waiting: Array<Promise<void>> = [];
    const toFetch: K[] = [];
    for (const k of missing) {
      const pending = this.inflight.get(keyOf(k));
      if (pending) waiting.push(pending.then((v) => void values.set(k, v)));
      else toFetch.push(k);
    }

    let stale = false;
    if (toFetch.length) {
      const call = this.fetchMany(toFetch, ctx as C);
      toFetch.forEach((k) => {
        const p = call.then((m) => m.get(k) as V);
        p.catch(() => undefined);
        this.inflight.set(keyOf(k), p);
      });
      try {
        const fetched = await call;
        await Promise.all(
          toFetch.map((k) => {
            const v = fetched.get(k) as V;
            values.set(k, v);
            const entry: Entry<V> = { v, t: Date.now() };
            return this.store.set(keyOf(k), this.encode(entry), this.policy.ttlMs + this.policy.staleMs).catch(() => undefined);
          }),
        );
      } catch (error) {
        if (!toFetch.every((k) => staleCopies.has(k))) throw error;
        for (const k of toFetch) values.set(k, staleCopies.get(k) as V);
        stale = true;
        this.counts?.stale.inc(toFetch.length);
      } finally {
        for (const k of toFetch) this.inflight.delete(keyOf(k));
      }
    }
    await Promise.all(waiting);
    return { values, stale, fetched: toFetch.length };
  }
}
