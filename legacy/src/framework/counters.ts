/**
 * Calls per system and operation, counted when a request reaches the operation (after the
 * envelope was parsed and the operation identified), whatever the outcome: business
 * failure, validation fault, injected error. WSDL fetches, requests rejected before an
 * operation is known, and requests swallowed by down/timeout modes are not counted.
 */
export type CallStats = Record<string, Record<string, number>>;

export class CallCounters {
  private counts: CallStats = {};

  constructor(private readonly operations: Readonly<Record<string, readonly string[]>>) {
    this.reset();
  }

  increment(system: string, operation: string): void {
    const bySystem = this.counts[system];
    if (!bySystem || !(operation in bySystem)) throw new Error(`unknown operation ${system}.${operation}`);
    bySystem[operation]++;
  }

  /** A copy; every known operation is present, with 0 if never called. */
  snapshot(): CallStats {
    return Object.fromEntries(Object.entries(this.counts).map(([system, ops]) => [system, { ...ops }]));
  }

  reset(): void {
    this.counts = Object.fromEntries(
      Object.entries(this.operations).map(([system, ops]) => [system, Object.fromEntries(ops.map((op) => [op, 0]))]),
    );
  }
}
