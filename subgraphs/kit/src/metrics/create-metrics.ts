import { collectDefaultMetrics, Counter, Registry } from 'prom-client';
import { CacheMetrics } from './cache-metrics.js';
import { JobMetrics, type JobCounts, type JobQueueSnapshot } from './job-metrics.js';
import { LegacyMetrics } from './legacy-metrics.js';
import type { OperationLabelOptions } from './operation-labels.js';
import { RequestMetrics } from './request-metrics.js';

export interface MetricsOptions {
  /** prom-client's process metrics (CPU, memory, event-loop lag, GC); on unless turned off. */
  processMetrics?: boolean;
  /** How the operation label is bounded (e.g. the persisted operation names). */
  operations?: OperationLabelOptions;
  /** A collector slower than this is skipped for that scrape, so a stuck database cannot stall /metrics. */
  collectorTimeoutMs?: number;
}

/** Runs before each scrape; sets gauges from a source that is cheaper to read than to track (e.g. job counts). */
export type Collector = () => void | Promise<void>;

/**
 * One service instance's metrics: its own registry (several services share a process in tests,
 * so the global default registry is never used) and the instruments the kit records into.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly requests: RequestMetrics;
  readonly legacy: LegacyMetrics;
  readonly cache: CacheMetrics;
  readonly jobs: JobMetrics;
  private readonly collectors = new Map<Collector, string>();
  private readonly collectorFailures: Counter<string>;
  private readonly collectorTimeoutMs: number;

  constructor(
    readonly service: string,
    options: MetricsOptions = {},
  ) {
    this.registry.setDefaultLabels({ service });
    if (options.processMetrics !== false) collectDefaultMetrics({ register: this.registry });
    this.requests = new RequestMetrics(this.registry, options.operations);
    this.legacy = new LegacyMetrics(this.registry);
    this.cache = new CacheMetrics(this.registry);
    this.jobs = new JobMetrics(this.registry);
    this.collectorFailures = new Counter({
      name: 'jingtong_metrics_collector_failures_total',
      help: 'Scrape-time collectors that failed or timed out (their gauges kept their last values)',
      labelNames: ['collector'],
      registers: [this.registry],
    });
    this.collectorTimeoutMs = options.collectorTimeoutMs ?? 2_000;
  }

  /** Run `collect` before every scrape, until the returned function is called. `name` labels its failures. */
  addCollector(name: string, collect: Collector): () => void {
    this.collectors.set(collect, name);
    return () => void this.collectors.delete(collect);
  }

  /**
   * The job queue's depth, dead letters and backlog, read at each scrape:
   * `metrics.watchJobs(() => jobCounts(db))` (or any `{ [state]: count }`).
   */
  watchJobs(read: () => JobCounts | JobQueueSnapshot | Promise<JobCounts | JobQueueSnapshot>): () => void {
    return this.addCollector('jobs', async () => this.jobs.apply(await read()));
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** The Prometheus text exposition, after every collector had its chance. */
  async render(): Promise<string> {
    await Promise.all([...this.collectors].map(([collect, name]) => this.runCollector(name, collect)));
    return this.registry.metrics();
  }

  private async runCollector(name: string, collect: Collector): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('collector timed out')), this.collectorTimeoutMs);
    });
    try {
      await Promise.race([Promise.resolve().then(collect), timeout]);
    } catch {
      this.collectorFailures.labels(name).inc();
    } finally {
      clearTimeout(timer);
    }
  }
}

/** The metrics of one service instance, e.g. `createMetrics('traffic')`. */
export function createMetrics(service: string, options?: MetricsOptions): Metrics {
  return new Metrics(service, options);
}
