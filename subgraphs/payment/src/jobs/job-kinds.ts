/** The payment subgraph's job kinds (handlers in `payment-jobs.ts`). */
export const PAYMENT_JOBS = {
  /** At the order's expiry: close its open trades, then the order, unless it was paid. */
  expire: 'payment.order.expire',
  /** Ask the channel about a trade no notification settled (a lost notification), with backoff until it closes. */
  settle: 'payment.trade.settle',
  /** Tell the owner its payable is paid (outbox), at least once. */
  fulfil: 'payment.order.fulfil',
  /** Send an officer's refund to the channel, then record what it says (asked again while it is processing). */
  refund: 'payment.refund.send',
  /** Reconcile a Beijing day's bill of every channel with the ledger: daily (recurring) for the day before, or an officer's date. */
  reconcile: 'payment.reconciliation.run',
} as const;
