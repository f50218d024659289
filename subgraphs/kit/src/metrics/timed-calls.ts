import type { Counter, Histogram } from 'prom-client';

interface Children {
  count: Counter.Internal;
  duration: Histogram.Internal<string>;
}

/**
 * A counter and a histogram over the same labels, for calls that are counted and timed together.
 * Each label combination's children are resolved once and kept in nested maps: the hot path
 * then allocates nothing (no label object, no joined key), whatever prom-client does inside.
 */
export class TimedCalls {
  private readonly children = new Map<string, Map<string, Children>>();

  constructor(
    private readonly counter: Counter<string>,
    private readonly histogram: Histogram<string>,
    /** Values of the leading labels, fixed for this view (e.g. the legacy system). */
    private readonly fixed: readonly string[] = [],
  ) {}

  /** A view with more leading labels fixed, sharing the same instruments. */
  with(...fixed: string[]): TimedCalls {
    return new TimedCalls(this.counter, this.histogram, [...this.fixed, ...fixed]);
  }

  record(a: string, b: string, seconds: number): void {
    let byA = this.children.get(a);
    if (byA === undefined) {
      byA = new Map();
      this.children.set(a, byA);
    }
    let child = byA.get(b);
    if (child === undefined) {
      const values = [...this.fixed, a, b];
      child = { count: this.counter.labels(...values), duration: this.histogram.labels(...values) };
      byA.set(b, child);
    }
    child.count.inc();
    child.duration.observe(seconds);
  }
}
