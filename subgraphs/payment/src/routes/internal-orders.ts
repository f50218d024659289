import { type Caller, PaymentOrderRequestSchema, requireSignedCaller } from '@jingtong/kit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { PaymentDeps } from '../deps.js';
import { createOrder } from '../orders/create-order.js';

/**
 * POST /internal/orders — an owning subgraph's outbox asks for an order (`enqueuePaymentOrder` in the kit).
 * Signed callers of kind `service` only, and only for their own payables: traffic cannot open an order for
 * exit-entry's fee. 201 created, 200 already there (the same request again), 400 malformed, 409 the id is
 * taken by another payable or amount.
 */
export function registerInternalOrderRoutes(app: FastifyInstance, deps: PaymentDeps): void {
  const preHandler = requireSignedCaller(deps.env.CALLER_SIGNING_SECRET, app.callerNonces);
  app.post('/internal/orders', { preHandler }, async (request, reply) => {
    const caller = (request as FastifyRequest & { caller: Caller }).caller;
    if (caller.kind !== 'service' || !caller.sub) return reply.code(403).send({ ok: false, code: 'FORBIDDEN' });
    const parsed = PaymentOrderRequestSchema.safeParse(request.body);
    if (!parsed.success) return reply.code(400).send({ ok: false, code: 'BAD_USER_INPUT', issues: parsed.error.issues.map((i) => i.path.join('.')) });
    if (parsed.data.payable.subgraph !== caller.sub) return reply.code(403).send({ ok: false, code: 'FORBIDDEN' });
    const result = await createOrder(deps, parsed.data, caller.requestId);
    if (!result.ok) return reply.code(409).send({ ok: false, code: 'ORDER_CONFLICT' });
    return reply.code(result.created ? 201 : 200).send({ ok: true, orderId: parsed.data.orderId });
  });
}
