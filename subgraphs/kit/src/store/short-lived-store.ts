/**
 * Short-lived counters and values (SMS codes, attempt counters, send limits). Shared by every replica
 * through Redis when `REDIS_URL` is set; in-process otherwise (development, embedded tests).
 * The kit's cache store has no atomic increment or set-if-absent, which limits need.
 */
export interface ShortLivedStore {
  /** Sets the value unless the key exists; true when it was set. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  get(key: string): Promise<string | undefined>;
  /** Remaining lifetime in ms, undefined when the key is absent. */
  ttlMs(key: string): Promise<number | undefined>;
  /** Atomically adds one; the first increment starts the key's lifetime. */
  increment(key: string, ttlMs: number): Promise<number>;
  del(keys: string[]): Promise<void>;
  /** Deletes the key; true for the one caller that removed it (single use under concurrency). */
  take(key: string): Promise<boolean>;
  close(): Promise<void>;
}
