import type { AuditEntry } from './audit-log.js';

export interface AggregationOptions {
  /** Which entries are folded; default: anonymous failures (`*_FAILED` by an anonymous caller). */
  aggregates?: (entry: AuditEntry<string>) => boolean;
  /** One window per distinct entry; default 10 s. */
  windowMs?: number;
  /** Distinct entries followed at once; beyond, repeats share one overflow row per action. Default 200. */
  maxKeys?: number;
}

export const aggregatesAnonymousFailures = (entry: AuditEntry<string>) => entry.actorKind === 'anonymous' && entry.action.endsWith('_FAILED');

interface Window {
  entry: AuditEntry<string>;
  repeated: number;
  startedAt: number;
  timer: NodeJS.Timeout;
}

const keyOf = (e: AuditEntry<string>) => JSON.stringify([e.action, e.actorKind, e.actorId, e.targetKind, e.targetId, e.field, e.details ?? null]);

/**
 * A flood of identical failures (a script guessing codes) is one fact, not thousands of rows: the first
 * occurrence of an entry is written at once, the repeats within its window only counted and written
 * as one row with `details.repeated` and the window when it closes. Memory is bounded by `maxKeys`.
 * A crash loses at most one window's count, never the first row.
 */
export class FailureAggregator {
  private readonly windows = new Map<string, Window>();
  private readonly aggregates: (entry: AuditEntry<string>) => boolean;
  private readonly windowMs: number;
  private readonly maxKeys: number;
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly write: (entry: AuditEntry<string>) => Promise<void>,
    options: AggregationOptions = {},
  ) {
    this.aggregates = options.aggregates ?? aggregatesAnonymousFailures;
    this.windowMs = options.windowMs ?? 10_000;
    this.maxKeys = options.maxKeys ?? 200;
  }

  /** True when the entry was counted into an open window (nothing to write now). */
  absorb(entry: AuditEntry<string>): boolean {
    if (!this.aggregates(entry)) return false;
    let key = keyOf(entry);
    if (!this.windows.has(key) && this.windows.size >= this.maxKeys) {
      // Too many distinct sources at once: count them together rather than grow without bound.
      key = `overflow:${entry.action}`;
      entry = { action: entry.action, actorKind: entry.actorKind, requestId: entry.requestId, details: { overflow: true } };
    }
    const open = this.windows.get(key);
    if (open) {
      open.repeated += 1;
      return true;
    }
    const timer = setTimeout(() => this.close(key), this.windowMs);
    timer.unref();
    // The overflow row itself is only written when its window closes, with the count.
    const overflow = key.startsWith('overflow:');
    this.windows.set(key, { entry, repeated: overflow ? 1 : 0, startedAt: Date.now(), timer });
    return overflow;
  }

  /** Close every window now (shutdown, tests). */
  async flush(): Promise<void> {
    for (const key of [...this.windows.keys()]) this.close(key);
    await Promise.all([...this.pending]);
  }

  private close(key: string): void {
    const window = this.windows.get(key);
    if (!window) return;
    clearTimeout(window.timer);
    this.windows.delete(key);
    if (window.repeated === 0) return;
    const { entry } = window;
    const written = this.write({
      ...entry,
      requestId: `aggregate:${entry.requestId}`.slice(0, 128),
      details: { ...entry.details, repeated: window.repeated, windowStart: new Date(window.startedAt).toISOString(), windowSeconds: Math.round((Date.now() - window.startedAt) / 1000) },
    }).catch(() => {
      // The first occurrence is in the trail already; a lost count is not worth failing anything for.
    });
    this.pending.add(written);
    void written.finally(() => this.pending.delete(written));
  }
}
