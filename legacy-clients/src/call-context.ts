/** What every legacy call carries: the request it serves, for logs on both sides. */
export interface CallContext {
  requestId: string;
  /** Told when a value is a stale copy served because the legacy system failed (cached gateways only). */
  markStale?: (source: string) => void;
}
