import type { CallerInput } from '@jingtong/kit';
import type { FastifyRequest } from 'fastify';
import type { PartnerKey } from '../security/identity-internal.js';

export interface GatewayContext {
  caller: CallerInput;
  requestId: string;
  /** Set for API-key callers: their key's limits. */
  partner?: PartnerKey;
  /** Sources that answered with stale copies (the legacy system failed). */
  stale: string[];
}

declare module 'fastify' {
  interface FastifyRequest {
    gateway?: { caller: CallerInput; requestId: string; partner?: PartnerKey };
  }
}

/** The guard (a preHandler) has already authenticated, limited and safelisted the request. */
export function buildGatewayContext(request: FastifyRequest): GatewayContext {
  const g = request.gateway;
  // Fail closed: a route that skipped the guard never reaches a subgraph.
  if (!g) throw new Error('the gateway guard did not run for this request');
  return { caller: g.caller, requestId: g.requestId, partner: g.partner, stale: [] };
}
