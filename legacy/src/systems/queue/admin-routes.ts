/**
 * The hall's side of the queue machine, for tests and demos:
 *   POST /__legacy/queue/walk-in  { hallCode, itemCode, date? } -> WalkInNumber
 * A citizen takes a number at the machine now (today unless date). Refusals are 400
 * { error: <fault code, e.g. HALL_UNKNOWN>, message }; a malformed body is 400 { error: "INVALID_REQUEST" }.
 * Registered inside the admin plugin (start.ts, extraRoutes), like src/systems/user-side.ts.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { QueueFault, type QueueInstance } from './index.js';

const walkInBody = z.strictObject({ hallCode: z.string().min(1), itemCode: z.string().min(1), date: z.string().min(1).optional() });

export function queueAdminRoutes(app: FastifyInstance, instance: Pick<QueueInstance, 'walkIn'>): void {
  app.post('/__legacy/queue/walk-in', async (request, reply) => {
    const body = walkInBody.safeParse(request.body);
    if (!body.success) return reply.code(400).send({ error: 'INVALID_REQUEST', message: z.prettifyError(body.error) });
    try {
      return instance.walkIn(body.data.hallCode, body.data.itemCode, body.data.date);
    } catch (error) {
      if (error instanceof QueueFault) return reply.code(400).send({ error: error.code, message: error.message });
      throw error;
    }
  });
}
