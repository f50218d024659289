import { enqueueJob } from '../jobs/enqueue-job.js';
import { defineJobHandlers, type Job } from '../jobs/job-handlers.js';
import type { JobDatabase, JobExecutor } from '../jobs/jobs.table.js';
import { callPeer } from '../peers/call-peer.js';
import { peerBaseUrl } from '../peers/peer-url.js';
import { type PaymentOrderRequest, PaymentOrderRequestSchema } from './payment-order-request.js';

export const PAYMENT_ORDER_JOB = 'payment.order.create';

/**
 * Asks the payment subgraph for an order, in the owner's transaction: the outbox job exists exactly when the
 * owner's own write (e.g. "this fine is being paid as order X") commits, and is delivered at least once.
 */
export async function enqueuePaymentOrder<DB extends JobDatabase>(trx: JobExecutor<DB>, request: PaymentOrderRequest): Promise<void> {
  await enqueueJob(trx, { kind: PAYMENT_ORDER_JOB, key: request.orderId, payload: PaymentOrderRequestSchema.parse(request) });
}

/** The owner's handler for that job (register it in the owner's `jobs`): the payment subgraph keys the order by its id. */
export function paymentOrderJobs(options: { from: string; secret: string; env?: NodeJS.ProcessEnv }) {
  return defineJobHandlers({
    [PAYMENT_ORDER_JOB]: async (job: Job<PaymentOrderRequest>, { signal }: { signal: AbortSignal }) => {
      await callPeer({ baseUrl: peerBaseUrl('payment', options.env), path: '/internal/orders', body: job.payload, from: options.from, secret: options.secret, key: job.key, signal });
    },
  });
}
