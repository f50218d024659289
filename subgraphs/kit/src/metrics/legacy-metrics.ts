import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { TimedCalls } from './timed-calls.js';

/** Seconds; the default legacy deadline is 3 s, so the buckets around it are the ones that matter. */
export const LEGACY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10];

export type LegacyOutcome = 'ok' | 'fault' | 'timeout' | 'unavailable' | 'breaker-open';
export type BreakerState = 'closed' | 'half-open' | 'open';

const BREAKER_VALUE: Record<BreakerState, number> = { closed: 0, 'half-open': 1, open: 2 };

/** What one SOAP client reports: its calls, and its breaker's state when scraped. */
export interface LegacySystemMetrics {
  record(operation: string, outcome: LegacyOutcome, seconds: number): void;
  /** Read at each scrape until the returned function is called (the client closed). */
  watchBreaker(read: () => BreakerState): () => void;
}

/** Calls to the legacy systems per system, operation and outcome, and each system's breaker. */
export class LegacyMetrics {
  private readonly calls: TimedCalls;
  private readonly breakers = new Map<string, Set<() => BreakerState>>();

  constructor(registry: Registry) {
    const labelNames = ['system', 'operation', 'outcome'];
    this.calls = new TimedCalls(
      new Counter({
        name: 'jingtong_legacy_calls_total',
        help: 'Calls to legacy systems by system, operation and outcome (ok, fault, timeout, unavailable, breaker-open)',
        labelNames,
        registers: [registry],
      }),
      new Histogram({
        name: 'jingtong_legacy_call_duration_seconds',
        help: 'Legacy call latency, including calls refused at once by an open breaker',
        labelNames,
        buckets: LEGACY_BUCKETS,
        registers: [registry],
      }),
    );
    const breakers = this.breakers;
    new Gauge({
      name: 'jingtong_legacy_breaker_state',
      help: 'Circuit breaker per legacy system: 0 closed, 1 half-open, 2 open (the worst of the clients for that system)',
      labelNames: ['system'],
      registers: [registry],
      collect() {
        // Read at scrape time rather than on breaker events: nothing to keep in step, nothing on the call path.
        this.reset();
        for (const [system, reads] of breakers) {
          let worst = 0;
          for (const read of reads) worst = Math.max(worst, BREAKER_VALUE[read()]);
          this.set({ system }, worst);
        }
      },
    });
  }

  forSystem(system: string): LegacySystemMetrics {
    const calls = this.calls.with(system);
    return {
      record: (operation, outcome, seconds) => calls.record(operation, outcome, seconds),
      watchBreaker: (read) => {
        let reads = this.breakers.get(system);
        if (!reads) {
          reads = new Set();
          this.breakers.set(system, reads);
        }
        reads.add(read);
        return () => {
          reads.delete(read);
          if (reads.size === 0) this.breakers.delete(system);
        };
      },
    };
  }
}
