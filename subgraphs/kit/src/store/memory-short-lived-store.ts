import { LRUCache } from 'lru-cache';
import type { ShortLivedStore } from './short-lived-store.js';

/** One process only: development and the embedded path. Bounded, so a flood cannot exhaust memory. */
export class MemoryShortLivedStore implements ShortLivedStore {
  private readonly entries: LRUCache<string, string>;

  /** `now` lets tests move time. */
  constructor(now: () => number = () => performance.now()) {
    this.entries = new LRUCache<string, string>({ max: 100_000, perf: { now }, ttlResolution: 0 });
  }

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    if (this.entries.has(key)) return false;
    this.entries.set(key, value, { ttl: ttlMs });
    return true;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    this.entries.set(key, value, { ttl: ttlMs });
  }

  async get(key: string): Promise<string | undefined> {
    return this.entries.get(key);
  }

  async ttlMs(key: string): Promise<number | undefined> {
    if (!this.entries.has(key)) return undefined;
    return Math.max(0, this.entries.getRemainingTTL(key));
  }

  async increment(key: string, ttlMs: number): Promise<number> {
    const current = this.entries.get(key);
    if (current === undefined) {
      this.entries.set(key, '1', { ttl: ttlMs });
      return 1;
    }
    const next = Number(current) + 1;
    // Keep the original expiry: the window does not slide.
    this.entries.set(key, String(next), { ttl: Math.max(1, this.entries.getRemainingTTL(key)) });
    return next;
  }

  async del(keys: string[]): Promise<void> {
    for (const k of keys) this.entries.delete(k);
  }

  async take(key: string): Promise<boolean> {
    return this.entries.delete(key);
  }

  async close(): Promise<void> {
    this.entries.clear();
  }
}
