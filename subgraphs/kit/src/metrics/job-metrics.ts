import { Gauge, type Registry } from 'prom-client';

/** Jobs per state, e.g. `{ pending: 3, running: 1, dead: 2 }`: whatever states the job queue reports. */
export type JobCounts = Readonly<Record<string, number>>;

/** The job queue's own summary (`jobCounts(db)` of the kit's jobs). */
export interface JobQueueSnapshot {
  byState: JobCounts;
  /** How late the most overdue pending job is; null when none is due. */
  oldestDueAgeMs?: number | null;
}

/** Job queue depth and dead letters, as a gauge per state, set from the queue's own counts at each scrape. */
export class JobMetrics {
  private readonly byState: Gauge<string>;
  private readonly oldestDue: Gauge<string>;

  constructor(registry: Registry) {
    this.byState = new Gauge({
      name: 'jingtong_jobs',
      help: 'Jobs in the queue by state (dead letters are the dead state), read from the database at scrape time',
      labelNames: ['state'],
      registers: [registry],
    });
    this.oldestDue = new Gauge({
      name: 'jingtong_jobs_oldest_due_seconds',
      help: 'How late the most overdue pending job is (0 when none is due): a backlog the workers do not catch up with',
      registers: [registry],
    });
  }

  /** Replaces every state: a state absent from the counts is no longer reported. */
  apply(counts: JobCounts | JobQueueSnapshot): void {
    const snapshot = isSnapshot(counts) ? counts : { byState: counts };
    this.byState.reset();
    for (const [state, count] of Object.entries(snapshot.byState)) this.byState.set({ state }, count);
    if (snapshot.oldestDueAgeMs !== undefined) this.oldestDue.set((snapshot.oldestDueAgeMs ?? 0) / 1000);
  }
}

const isSnapshot = (counts: JobCounts | JobQueueSnapshot): counts is JobQueueSnapshot =>
  typeof (counts as { byState?: unknown }).byState === 'object' && (counts as { byState?: unknown }).byState !== null;
