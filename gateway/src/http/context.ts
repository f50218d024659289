import { randomUUID } from 'node:crypto';
import type { CallerInput } from '@jingtong/kit';
import type { FastifyRequest } from 'fastify';
import type { TokenVerifier } from '../auth/verify-token.js';

export interface GatewayContext {
  caller: CallerInput;
  requestId: string;
  /** Sources that answered with stale copies (the legacy system failed). */
  stale: string[];
}

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Accept a well-formed incoming request id (for tracing across web -> gateway); otherwise make one. */
export const requestIdOf = (request: FastifyRequest): string => {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
};

export async function buildGatewayContext(request: FastifyRequest, verify: TokenVerifier): Promise<GatewayContext> {
  const requestId = requestIdOf(request);
  const identity = await verify(request.headers.authorization);
  return { caller: { ...identity, requestId, channel: 'direct' }, requestId, stale: [] };
}
