import type { FastifyReply, FastifyRequest } from 'fastify';
import { GatewayErrorCodes, replyError } from '../errors/reply-error.js';
import { requestIdOf } from './request-id.js';

/** Content types a cross-site HTML form (or a no-CORS fetch) can send without a preflight. */
const SIMPLE_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);
/** Headers a cross-site page cannot add without a preflight (the same two Apollo Server accepts). */
const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'];

/**
 * Apollo Server's CSRF rule, checked before the body is read (so no parser or guard answers first and
 * hides it): a POST whose content type is missing or simple must carry a header only a preflighted request
 * can have. Apollo's own check stays on behind this one.
 */
export function isSimpleRequest(request: FastifyRequest): boolean {
  const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (type && !SIMPLE_TYPES.has(type)) return false;
  return !PREFLIGHT_HEADERS.some((name) => {
    const value = request.headers[name];
    return typeof value === 'string' && value.length > 0;
  });
}

export async function refuseSimpleRequests(request: FastifyRequest, reply: FastifyReply) {
  if (request.method !== 'POST' || !isSimpleRequest(request)) return;
  return replyError(reply, 400, 'CSRF_PREVENTED', GatewayErrorCodes.CSRF_PREVENTED, requestIdOf(request));
}
