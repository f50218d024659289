import { createMetrics, REQUEST_BUCKETS, TimedCalls, type Metrics } from '@jingtong/kit';
import { Counter, Histogram } from 'prom-client';

export type SubgraphFetchOutcome = 'ok' | 'error' | 'timeout' | 'unavailable';

export interface GatewayMetricsOptions {
  /** The persisted operations' names: the only operation names that become labels. */
  operationNames: Iterable<string>;
  processMetrics?: boolean;
}

/**
 * The gateway's metrics: the kit's request instruments (same names as the subgraphs', `service="gateway"`)
 * plus what only the gateway sees — subgraph fetches and its refusals.
 */
export class GatewayMetrics {
  readonly metrics: Metrics;
  readonly subgraphFetches: TimedCalls;
  readonly refusals: { rateLimit: Counter.Internal; costBudget: Counter.Internal };
  /**
   * Request bodies whose answer carried GraphQL errors. The Fastify integration hands Apollo the
   * parsed body object itself, so it is the one value that both Apollo's plugin and Fastify's
   * onResponse hook see; a WeakSet adds nothing to a request that went well.
   */
  readonly answeredWithErrors = new WeakSet<object>();

  constructor(options: GatewayMetricsOptions) {
    this.metrics = createMetrics('gateway', { processMetrics: options.processMetrics, operations: { known: options.operationNames } });
    const registers = [this.metrics.registry];
    const labelNames = ['subgraph', 'outcome'];
    this.subgraphFetches = new TimedCalls(
      new Counter({
        name: 'jingtong_subgraph_fetches_total',
        help: 'Fetches from the gateway to a subgraph, by subgraph and outcome (ok, error: non-2xx status, timeout, unavailable)',
        labelNames,
        registers,
      }),
      new Histogram({
        name: 'jingtong_subgraph_fetch_duration_seconds',
        help: 'Subgraph fetch latency until the response headers, by subgraph and outcome',
        labelNames,
        buckets: REQUEST_BUCKETS,
        registers,
      }),
    );
    const refusals = new Counter({
      name: 'jingtong_gateway_limit_refusals_total',
      help: 'Requests refused with 429, by limit (rate-limit: per IP, caller or partner key; cost-budget: a partner key\'s daily cost)',
      labelNames: ['limit'],
      registers,
    });
    this.refusals = { rateLimit: refusals.labels('rate-limit'), costBudget: refusals.labels('cost-budget') };
  }
}

export const createGatewayMetrics = (options: GatewayMetricsOptions) => new GatewayMetrics(options);
