import type { QueueRefusal } from './queue-machine.js';

/**
 * The queue machine refused the request outright (unknown hall, closed date, ended slot, a reused reference…):
 * an expected failure the queue subgraph turns into a payload error, never a legacy outage.
 */
export class QueueMachineRefused extends Error {
  constructor(
    readonly reason: QueueRefusal,
    readonly operation: string,
  ) {
    super(`queue machine refused ${operation}: ${reason}`);
    this.name = 'QueueMachineRefused';
  }
}
