import type { Metrics } from '../metrics/create-metrics.js';

/** A key-value store for serialized cache entries; TTLs in milliseconds. */
export interface CacheStore {
  readonly kind: 'memory' | 'redis' | 'tiered';
  /**
   * The owning service's metrics: every `CachedBatch` kept in this store counts its hits, misses and
   * stale serves there, so a service wires its caches once, where it makes the store.
   */
  metrics?: Metrics;
  mget(keys: string[]): Promise<(string | undefined)[]>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  del(keys: string[]): Promise<void>;
  close(): Promise<void>;
}
