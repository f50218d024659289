import type { RecurringJob } from '@jingtong/kit';
import type { PaymentEnv } from '../env.js';
import { PAYMENT_JOBS } from '../jobs/job-kinds.js';

const DAY_MS = 86_400_000;
const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** Where in a UTC day a Beijing wall-clock time (HH:mm) falls: 10:30 in Beijing is 02:30 UTC. */
export function utcOffsetOfBeijingTime(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return (((hours * 60 + minutes) * 60_000 - BEIJING_OFFSET_MS) % DAY_MS + DAY_MS) % DAY_MS;
}

/**
 * Once a day across replicas, at PAYMENT_RECONCILE_AT in Beijing (default 10:30): the day before is over and
 * the channels have published its bills (from about 09:00–10:00). A run before that would read an absent bill
 * as an empty one. Another period (PAYMENT_RECONCILE_EVERY_MS, e.g. in a demo) starts on its own multiples.
 * Off under NODE_ENV=test unless set.
 */
export function reconciliationSchedule(env: PaymentEnv): RecurringJob[] {
  const everyMs = env.PAYMENT_RECONCILE_EVERY_MS ?? (env.NODE_ENV === 'test' ? 0 : DAY_MS);
  if (everyMs <= 0) return [];
  return [{ kind: PAYMENT_JOBS.reconcile, everyMs, ...(everyMs === DAY_MS ? { offsetMs: utcOffsetOfBeijingTime(env.PAYMENT_RECONCILE_AT) } : {}) }];
}
