import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Caller } from '../caller/caller.js';
import { requireSignedCaller } from '../caller/require-signed-caller.js';

/** What the payment centre tells an owner when one of its payables is paid (its fulfilment outbox). */
export const PayablePaidSchema = z.strictObject({
  orderId: z.uuid(),
  payable: z.strictObject({ type: z.string().min(1).max(40), id: z.string().min(1).max(100) }),
  amountFen: z.number().int().positive(),
  paidAt: z.iso.datetime({ offset: true }),
  channel: z.enum(['ALIPAY', 'WECHAT']),
});
export type PayablePaid = z.infer<typeof PayablePaidSchema>;

/** `done`: the effect is in place (now or already); `refused`: it never can be (the console shows it for an officer). */
export type PaidOutcome = { outcome: 'done' } | { outcome: 'refused'; code: string };

/**
 * POST /internal/payables/paid on the owning subgraph: the payment subgraph's signed call, at least once per
 * order. The owner's `onPaid` must be idempotent by `orderId`. 200 done, 409 refused (permanent: the payment
 * job goes to the dead letters, with a retry button), 503 when the owner failed for now (retried), 400/403 for
 * a malformed body or any caller but the payment subgraph.
 */
export function registerPayablePaidRoute(app: FastifyInstance, options: { secret: string; onPaid(notice: PayablePaid, requestId: string): Promise<PaidOutcome> }): void {
  const preHandler = requireSignedCaller(options.secret, app.callerNonces);
  app.post('/internal/payables/paid', { preHandler }, async (request, reply) => {
    const caller = (request as FastifyRequest & { caller: Caller }).caller;
    if (caller.kind !== 'service' || caller.sub !== 'payment') return reply.code(403).send({ ok: false, code: 'FORBIDDEN' });
    const notice = PayablePaidSchema.safeParse(request.body);
    if (!notice.success) return reply.code(400).send({ ok: false, code: 'BAD_USER_INPUT' });
    try {
      const result = await options.onPaid(notice.data, caller.requestId);
      return result.outcome === 'done' ? reply.send({ ok: true }) : reply.code(409).send({ ok: false, code: result.code });
    } catch (error) {
      request.log.warn({ err: error, orderId: notice.data.orderId }, 'fulfilment failed for now');
      return reply.code(503).send({ ok: false, code: 'UNAVAILABLE' });
    }
  });
}
