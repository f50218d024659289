import DataLoader from 'dataloader';
import type { CallContext } from '@jingtong/legacy-clients/queue';
import { findHalls, type HallRow } from '../db/repositories/halls.repository.js';
import type { QueueDeps } from '../deps.js';
import type { DayView } from '../machine/day-view.js';

/** Per-request loaders: halls from our table, and each hall's day from the machine (through the cache). */
export function queueLoaders(deps: QueueDeps, ctx: CallContext) {
  return {
    hall: new DataLoader<string, HallRow | null>(async (codes) => {
      const rows = await findHalls(deps.database.db, codes);
      return codes.map((code) => rows.find((r) => r.code === code) ?? null);
    }),
    /** Keyed `dayKey(hallCode, date)`; a failed day is that key's error, the others still load. */
    day: new DataLoader<string, DayView>(async (keys) => {
      try {
        const days = await deps.days.days(keys, ctx);
        return keys.map((k) => days.get(k) ?? new Error(`no day ${k}`));
      } catch (error) {
        return keys.map(() => error as Error);
      }
    }),
  };
}
