import type { RecurringJob } from '@jingtong/kit';
import type { PaymentEnv } from '../env.js';
import { PAYMENT_JOBS } from '../jobs/job-kinds.js';

const DAY_MS = 86_400_000;

/**
 * Once a day across replicas. The kit aligns periods to 00:00 UTC, 08:00 in Beijing: the day before is over,
 * and the stand-ins' bills are complete at once. The real platforms publish theirs from about 09:00-10:00, and
 * an absent bill reads as an empty one (every ledger row of the day MISSING_AT_CHANNEL until a later run
 * replaces them): there, an officer runs the day again, until the kit's periods can start at another hour.
 * Off under NODE_ENV=test unless set.
 */
export function reconciliationSchedule(env: PaymentEnv): RecurringJob[] {
  const everyMs = env.PAYMENT_RECONCILE_EVERY_MS ?? (env.NODE_ENV === 'test' ? 0 : DAY_MS);
  return everyMs > 0 ? [{ kind: PAYMENT_JOBS.reconcile, everyMs }] : [];
}
