import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { TokenVerifier } from '../auth/verify-token.js';
import { GatewayErrorCodes, replyError } from '../errors/reply-error.js';
import type { IdentityInternalClient } from '../security/identity-internal.js';
import { rateLimitHeaders, type LimitVerdict, type RateLimits } from '../security/rate-limits.js';
import type { Safelist } from '../security/safelist.js';
import { authenticate } from './authenticate.js';
import { requestIdOf } from './request-id.js';

export interface GuardDeps {
  verify: TokenVerifier;
  identity: IdentityInternalClient;
  limits: RateLimits;
  safelist: Safelist;
  safelistEnforced: boolean;
  callerPerMinute: number;
  ipPerMinute: number;
  logger: Logger;
}

type Body = { query?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } } | unknown[];

/**
 * Everything decided before GraphQL runs, in order: request id, no batching, who is calling,
 * rate limits (per IP and per caller / partner key), and the safelist for first-party channels.
 */
export function createGuard(deps: GuardDeps) {
  return async function guard(request: FastifyRequest, reply: FastifyReply) {
    const requestId = requestIdOf(request);
    const body = request.body as Body;
    if (Array.isArray(body)) return replyError(reply, 400, 'BATCHED_REQUESTS_NOT_ALLOWED', GatewayErrorCodes.BATCHED_REQUESTS_NOT_ALLOWED, requestId);
    if (!body || typeof body !== 'object') return replyError(reply, 400, 'BAD_REQUEST', GatewayErrorCodes.BAD_REQUEST, requestId);

    let authenticated: Awaited<ReturnType<typeof authenticate>>;
    try {
      authenticated = await authenticate(request, requestId, deps.verify, deps.identity);
    } catch (error) {
      if (error instanceof GraphQLError) {
        return replyError(reply, 401, 'UNAUTHENTICATED', error.message, requestId, error.extensions.reason ? { reason: error.extensions.reason } : {});
      }
      deps.logger.error({ requestId, err: { message: (error as Error).message } }, 'authentication backend failed');
      return replyError(reply, 503, 'SUBGRAPH_UNAVAILABLE', GatewayErrorCodes.SUBGRAPH_UNAVAILABLE, requestId);
    }
    const { caller, partner } = authenticated;

    // Both windows are always charged, so ask for both at once (one Redis round trip with auto-pipelining).
    const byIp = deps.limits.consume('ip', request.ip, deps.ipPerMinute, 60);
    const byCaller = partner
      ? deps.limits.consume('key', partner.keyId, partner.ratePerMinute, 60)
      : caller.sub
        ? deps.limits.consume('caller', `${caller.kind}:${caller.sub}`, deps.callerPerMinute, 60)
        : undefined;
    const verdicts: LimitVerdict[] = byCaller ? await Promise.all([byIp, byCaller]) : [await byIp];
    const headers = rateLimitHeaders(verdicts, 60);
    reply.headers(headers);
    if (verdicts.some((v) => !v.allowed)) return replyError(reply, 429, 'RATE_LIMITED', GatewayErrorCodes.RATE_LIMITED, requestId);

    // First-party pages send hashes only: resolve a known hash always; refuse anything else only when enforcing.
    if (!partner) {
      const document = deps.safelist.resolve(body);
      if (document) (body as { query?: string }).query = document;
      else if (deps.safelistEnforced) return replyError(reply, 400, 'PERSISTED_QUERY_NOT_FOUND', GatewayErrorCodes.PERSISTED_QUERY_NOT_FOUND, requestId);
    }
    // We resolved the hash ourselves: Apollo must not run its own APQ protocol on it.
    if (!Array.isArray(body) && (body as { extensions?: Record<string, unknown> }).extensions) {
      delete (body as { extensions: Record<string, unknown> }).extensions.persistedQuery;
    }
    request.gateway = { caller, requestId, partner };
  };
}
