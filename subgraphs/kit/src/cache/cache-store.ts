/** A key-value store for serialized cache entries; TTLs in milliseconds. */
export interface CacheStore {
  readonly kind: 'memory' | 'redis' | 'tiered';
  mget(keys: string[]): Promise<(string | undefined)[]>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  del(keys: string[]): Promise<void>;
  close(): Promise<void>;
}
