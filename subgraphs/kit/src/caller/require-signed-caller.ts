import type { FastifyReply, FastifyRequest } from 'fastify';
import { requestBodyDigest } from './body-digest.js';
import { CALLER_HEADER, type Caller } from './caller.js';
import { type CallerNonces, verifyCallerOnce } from './caller-nonces.js';

/**
 * A `preHandler` for a subgraph's routes outside GraphQL (internal routes the gateway calls, job
 * callbacks): the same signed caller header as /graphql, bound to this request's body and good once
 * (`nonces`: the server's, `app.callerNonces`), or 401 and nothing else said. The server must digest
 * JSON bodies (`createSubgraphServer` does).
 */
export function requireSignedCaller(secret: string, nonces: CallerNonces) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers[CALLER_HEADER];
    const result = await verifyCallerOnce(Array.isArray(header) ? header[0] : header, secret, requestBodyDigest(request), nonces);
    if (!result.ok) {
      request.log.warn({ reason: result.reason, ip: request.ip, route: request.routeOptions.url }, 'refused internal call without a valid caller signature');
      return reply.code(401).send({ ok: false, code: 'CALLER_SIGNATURE_INVALID' });
    }
    (request as FastifyRequest & { caller?: Caller }).caller = result.caller;
  };
}
