import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { TokenVerifier } from '../auth/verify-token.js';
import { GatewayErrorCodes, replyError } from '../errors/reply-error.js';
import type { IdentityInternalClient } from '../security/identity-internal.js';
import { rateLimitHeaders, type LimitVerdict, type RateLimits } from '../security/rate-limits.js';
import type { Safelist } from '../security/safelist.js';
import { overTokenLimit } from '../security/token-limit.js';
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
  /** LIMIT_MAX_TOKENS, checked here for every document (persisted ones too) before Apollo parses it. */
  maxTokens: number;
  /** Keyed digest of a client address, passed on as `caller.source` (subgraphs budget per source without seeing the address). */
  sourceOf?: (ip: string) => string;
  logger: Logger;
}

type Body = { query?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } } | unknown[];

/**
 * Everything decided before GraphQL runs, in order: request id, no batching, the per-IP limit (before any
 * credential is looked at, so guessing tokens or keys is throttled too), who is calling, the per-caller /
 * partner-key limit, the safelist for first-party channels, and the token limit. (CSRF is refused earlier,
 * before the body is read: `csrf.ts`.)
 */
export function createGuard(deps: GuardDeps) {
  return async function guard(request: FastifyRequest, reply: FastifyReply) {
    const requestId = requestIdOf(request);
    const body = request.body as Body;
    if (Array.isArray(body)) return replyError(reply, 400, 'BATCHED_REQUESTS_NOT_ALLOWED', GatewayErrorCodes.BATCHED_REQUESTS_NOT_ALLOWED, requestId);
    if (!body || typeof body !== 'object') return replyError(reply, 400, 'BAD_REQUEST', GatewayErrorCodes.BAD_REQUEST, requestId);

    // request.ip: the socket's peer, or the client a trusted proxy names (TRUSTED_PROXIES).
    const byIp = await deps.limits.consume('ip', request.ip, deps.ipPerMinute, 60);
    if (!byIp.allowed) {
      reply.headers(rateLimitHeaders([byIp], 60));
      return replyError(reply, 429, 'RATE_LIMITED', GatewayErrorCodes.RATE_LIMITED, requestId);
    }

    let authenticated: Awaited<ReturnType<typeof authenticate>>;
    try {
      authenticated = await authenticate(request, requestId, deps.verify, deps.identity);
    } catch (error) {
      reply.headers(rateLimitHeaders([byIp], 60));
      if (error instanceof GraphQLError) {
        return replyError(reply, 401, 'UNAUTHENTICATED', error.message, requestId, error.extensions.reason ? { reason: error.extensions.reason } : {});
      }
      deps.logger.error({ requestId, err: { message: (error as Error).message } }, 'authentication backend failed');
      return replyError(reply, 503, 'SUBGRAPH_UNAVAILABLE', GatewayErrorCodes.SUBGRAPH_UNAVAILABLE, requestId);
    }
    const { caller, partner } = authenticated;

    const byCaller = partner
      ? await deps.limits.consume('key', partner.keyId, partner.ratePerMinute, 60)
      : caller.sub
        ? await deps.limits.consume('caller', `${caller.kind}:${caller.sub}`, deps.callerPerMinute, 60)
        : undefined;
    const verdicts: LimitVerdict[] = byCaller ? [byIp, byCaller] : [byIp];
    reply.headers(rateLimitHeaders(verdicts, 60));
    if (verdicts.some((v) => !v.allowed)) return replyError(reply, 429, 'RATE_LIMITED', GatewayErrorCodes.RATE_LIMITED, requestId);

    // First-party pages send hashes only: resolve a known hash always; refuse anything else only when enforcing.
    if (!partner) {
      const document = deps.safelist.resolve(body);
      if (document) (body as { query?: string }).query = document;
      else if (deps.safelistEnforced) return replyError(reply, 400, 'PERSISTED_QUERY_NOT_FOUND', GatewayErrorCodes.PERSISTED_QUERY_NOT_FOUND, requestId);
    }
    const query = (body as { query?: unknown }).query;
    if (typeof query === 'string' && overTokenLimit(query, deps.maxTokens)) {
      return replyError(reply, 400, 'TOKEN_LIMIT_EXCEEDED', GatewayErrorCodes.TOKEN_LIMIT_EXCEEDED, requestId);
    }
    // We resolved the hash ourselves: Apollo must not run its own APQ protocol on it.
    if (!Array.isArray(body) && (body as { extensions?: Record<string, unknown> }).extensions) {
      delete (body as { extensions: Record<string, unknown> }).extensions.persistedQuery;
    }
    const source = deps.sourceOf ? { source: deps.sourceOf(request.ip) } : {};
    // A citizen's own address goes along for the platforms that must be told it (WeChat Pay's H5 orders).
    const address = caller.kind === 'citizen' ? { address: request.ip } : {};
    request.gateway = { caller: { ...caller, ...source, ...address }, requestId, partner };
  };
}
