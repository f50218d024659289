import type { FastifyReply, FastifyRequest } from 'fastify';
import { CALLER_HEADER, type Caller } from './caller.js';
import { verifyCaller } from './signed-header.js';

/**
 * A `preHandler` for a subgraph's routes outside GraphQL (internal routes the gateway calls, job
 * callbacks): the same signed caller header as /graphql, or 401 and nothing else said.
 */
export function requireSignedCaller(secret: string) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers[CALLER_HEADER];
    const result = verifyCaller(Array.isArray(header) ? header[0] : header, secret);
    if (!result.ok) {
      request.log.warn({ reason: result.reason, ip: request.ip, url: request.url }, 'refused internal call without a valid caller signature');
      return reply.code(401).send({ ok: false, code: 'CALLER_SIGNATURE_INVALID' });
    }
    (request as FastifyRequest & { caller?: Caller }).caller = result.caller;
  };
}
