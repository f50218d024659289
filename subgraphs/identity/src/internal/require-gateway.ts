import { CALLER_HEADER, verifyCaller, type Caller } from '@jingtong/kit';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Internal routes answer the gateway only: the same signed caller header as /graphql
 * (the gateway signs these calls as an anonymous, direct caller).
 */
export function requireGateway(secret: string) {
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
