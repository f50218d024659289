/** The queue subgraph's job kinds (handlers in `queue-jobs.ts`). */
export const QUEUE_JOBS = {
  /** Recurring: read the halls from the machines. */
  syncHalls: 'queue.halls.sync',
  /** A booking whose request did not finish it: ask the machine for its number (idempotent by reference), or void a number it may have issued. */
  settle: 'queue.ticket.settle',
  /** The citizen cancelled: cancel the number at the machine too (outbox, at least once). */
  cancel: 'queue.ticket.cancel',
  /** After the slot: what became of the number at the machine (a booked number never checked in is a no-show). */
  close: 'queue.ticket.close',
} as const;
