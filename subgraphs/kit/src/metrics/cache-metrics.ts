import { Counter, type Registry } from 'prom-client';

/** One cache's counters, resolved once by the cache that owns them. */
export interface CacheCounts {
  /** Keys answered from the store while fresh. */
  hits: Counter.Internal;
  /** Keys not fresh in the store: fetched, or awaited from a fetch already in flight. */
  misses: Counter.Internal;
  /** Misses answered with a stale copy because the legacy call failed (a subset of misses). */
  stale: Counter.Internal;
}

/** Per-cache look-ups: hit ratio = hits / (hits + misses); stale serves show legacy outages hidden from users. */
export class CacheMetrics {
  private readonly lookups: Counter<string>;
  private readonly staleServed: Counter<string>;
  private readonly byName = new Map<string, CacheCounts>();

  constructor(registry: Registry) {
    this.lookups = new Counter({
      name: 'jingtong_cache_lookups_total',
      help: 'Cache look-ups per key by cache and result (hit: fresh copy served, miss: not fresh, asked the legacy system)',
      labelNames: ['cache', 'result'],
      registers: [registry],
    });
    this.staleServed = new Counter({
      name: 'jingtong_cache_stale_served_total',
      help: 'Keys served from a stale copy because the legacy system failed, by cache (counted among the misses too)',
      labelNames: ['cache'],
      registers: [registry],
    });
  }

  /** `name` is the cache's policy name (fixed in code), e.g. `traffic.violationsByPlate`. */
  forCache(name: string): CacheCounts {
    let counts = this.byName.get(name);
    if (!counts) {
      counts = { hits: this.lookups.labels(name, 'hit'), misses: this.lookups.labels(name, 'miss'), stale: this.staleServed.labels(name) };
      this.byName.set(name, counts);
    }
    return counts;
  }
}
