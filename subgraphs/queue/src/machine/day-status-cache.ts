import { CachedBatch, type CacheStore } from '@jingtong/kit';
import { type CallContext, type QueueMachine, QueueMachineRefused } from '@jingtong/legacy-clients/queue';
import { type DayView, toDayView } from './day-view.js';

const CACHE = { name: 'queue.day', version: 1 } as const;

export const dayKey = (hallCode: string, date: string) => `${hallCode}|${date}`;

/** A day the machine does not open reads as an empty day (a statistics range crosses weekends); other failures stay failures. */
function closedDay(error: unknown, date: string): DayView {
  if (error instanceof QueueMachineRefused && error.reason === 'DATE_CLOSED') return { date, nowCalling: [], waiting: 0, averageWaitMinutes: null, numbers: [] };
  throw error;
}

const parseKey = (key: string) => {
  const [hallCode, date] = key.split('|');
  return { hallCode, date };
};

/**
 * A hall's day from the machine, served from the cache for a few seconds: a ticket page polling its live
 * status, and every citizen of the hall doing the same, ask the machine once per hall, day and period (in-flight
 * questions merged, shared through Redis across replicas). Stale copies are served, flagged, when it fails.
 * Numbers and slots are not personal data: values are not sealed. Officers' steps drop the day's copy.
 */
export class DayStatusCache {
  private readonly batch: CachedBatch<string, DayView, CallContext>;

  constructor(
    machine: QueueMachine,
    private readonly store: CacheStore,
    ttl: { ttlMs: number; staleMs: number },
  ) {
    this.batch = new CachedBatch(store, { ...CACHE, ...ttl }, async (keys, ctx) => {
      const views = await Promise.all(keys.map((key) => machine.queueStatus(parseKey(key), ctx).then(toDayView, (error) => closedDay(error, parseKey(key).date))));
      return new Map(keys.map((key, i) => [key, views[i]]));
    });
  }

  async days(keys: readonly string[], ctx: CallContext): Promise<Map<string, DayView>> {
    const { values, stale } = await this.batch.load(keys, ctx);
    if (stale) ctx.markStale?.(CACHE.name);
    return values;
  }

  /** After a step that changed the day at the machine (a check-in, a call, a mark): the next read asks it. */
  async forget(hallCode: string, date: string): Promise<void> {
    await this.store.del([`${CACHE.name}:v${CACHE.version}:${dayKey(hallCode, date)}`]).catch(() => undefined);
  }
}
