import { Counter, Histogram, type Registry } from 'prom-client';
import { OperationLabels, type OperationLabelOptions } from './operation-labels.js';
import { TimedCalls } from './timed-calls.js';

/** Seconds; from a warm-cache hit (a few ms) to a request that waited out a legacy deadline. */
export const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export type RequestOutcome = 'ok' | 'error';

/** GraphQL requests per operation and outcome, counted and timed. */
export class RequestMetrics {
  /** Turns a client's operation name into a bounded label value. */
  readonly operations: OperationLabels;
  private readonly calls: TimedCalls;

  constructor(registry: Registry, operations: OperationLabelOptions = {}) {
    this.operations = new OperationLabels(operations);
    const labelNames = ['operation', 'outcome'];
    this.calls = new TimedCalls(
      new Counter({
        name: 'jingtong_graphql_requests_total',
        help: 'GraphQL requests by operation (persisted name or anonymous) and outcome (ok, error: any error in the answer)',
        labelNames,
        registers: [registry],
      }),
      new Histogram({
        name: 'jingtong_graphql_request_duration_seconds',
        help: 'GraphQL request latency, from the request arriving to the response sent',
        labelNames,
        buckets: REQUEST_BUCKETS,
        registers: [registry],
      }),
    );
  }

  /** `operation` must come from `operations.of()`, never be a raw client value. */
  record(operation: string, outcome: RequestOutcome, seconds: number): void {
    this.calls.record(operation, outcome, seconds);
  }
}
