import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { createLogger, persistedOperationNames, registerMetricsRoute } from '@jingtong/kit';
import Fastify, { LogController, type FastifyBaseLogger } from 'fastify';
import type { JWTVerifyGetKey } from 'jose';
import { createTokenVerifier } from './auth/verify-token.js';
import type { GatewayEnv } from './env.js';
import { formatError } from './errors/format-error.js';
import { GatewayErrorCodes, replyError } from './errors/reply-error.js';
import { buildGatewayContext, type GatewayContext } from './http/context.js';
import { trustProxyOption } from './http/client-address.js';
import { refuseSimpleRequests } from './http/csrf.js';
import { createGuard } from './http/guard.js';
import { requestIdOf } from './http/request-id.js';
import { responseMetaPlugin } from './http/response-meta.js';
import { createGatewayMetrics, type GatewayMetrics } from './metrics/gateway-metrics.js';
import { graphqlErrorsPlugin, recordGatewayRequests } from './metrics/record-requests.js';
import { timedFetcher } from './metrics/timed-fetcher.js';
import { armorProtection } from './security/armor.js';
import { costBudgetPlugin } from './security/cost-budget.js';
import { oncePerRequestFields, oncePerRequestRule } from './security/once-per-request.js';
import { createIdentityInternalClient } from './security/identity-internal.js';
import { RateLimits } from './security/rate-limits.js';
import { Safelist } from './security/safelist.js';
import { checkSubgraphs } from './subgraphs/health.js';
import { checkReadiness } from './subgraphs/readiness.js';
import { createSubgraphFetcher } from './subgraphs/keep-alive-fetcher.js';
import { SignedDataSource } from './subgraphs/signed-data-source.js';

export { loadGatewayEnv, GatewayEnvSchema, type GatewayEnv } from './env.js';
export { subgraphUrls, SUBGRAPHS } from './subgraphs/registry.js';
export { createGatewayMetrics, type GatewayMetrics } from './metrics/gateway-metrics.js';

export interface GatewayDeps {
  env: GatewayEnv;
  /** Subgraph name -> GraphQL URL (overrides the supergraph's). */
  subgraphUrls: Record<string, string>;
  supergraphSdl?: string;
  /** Tests may hand in keys instead of fetching the JWKS. */
  jwks?: JWTVerifyGetKey;
  /** Served at `GET /metrics`; made from the persisted operations' names when not given. */
  metrics?: GatewayMetrics;
  /** When set, `GET /metrics` asks for `authorization: Bearer <token>` (this port faces the internet). */
  metricsToken?: string;
}

const SUPERGRAPH = new URL('../supergraph.graphql', import.meta.url);
const MANIFEST = fileURLToPath(new URL('../../web/src/gql/persisted-documents.json', import.meta.url));

/** The public edge: verifies callers, enforces limits and the safelist, plans queries, and signs what it forwards. */
/** A subgraph the supergraph names without a URL and the environment does not place either cannot be served. */
function subgraphUrl(name: string, url: string | undefined): string {
  if (!url) throw new Error(`no URL for subgraph ${name}: set it in the environment or the supergraph`);
  return url;
}

export async function createGateway(deps: GatewayDeps) {
  const { env } = deps;
  const production = env.NODE_ENV === 'production';
  const logger = createLogger('gateway', env.LOG_LEVEL);
  const { fetcher, close: closeFetcher } = createSubgraphFetcher({ deadlineMs: env.SUBGRAPH_DEADLINE_MS, maxSockets: env.SUBGRAPH_MAX_SOCKETS });
  const limits = new RateLimits(env.REDIS_URL, env.RATE_LIMIT_PREFIX, (reason) => logger.warn({ reason }, 'rate limits counting in-process: Redis unavailable'));
  await limits.connected();
  const manifestPath = env.PERSISTED_DOCUMENTS_PATH ?? MANIFEST;
  const metrics = deps.metrics ?? createGatewayMetrics({ operationNames: persistedOperationNames(manifestPath) });

  const supergraphSdl = deps.supergraphSdl ?? readFileSync(SUPERGRAPH, 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new SignedDataSource(subgraphUrl(name, deps.subgraphUrls[name] ?? url), timedFetcher(metrics, name, fetcher), env.CALLER_SIGNING_SECRET),
  });

  const app = Fastify({
    loggerInstance: logger as unknown as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1_048_576,
    // X-Forwarded-For is read only from these peers (the web app's proxy, a load balancer): request.ip is the client.
    trustProxy: trustProxyOption(env.TRUSTED_PROXIES),
  });
  app.setErrorHandler((error: { statusCode?: number; code?: string }, request, reply) => {
    const requestId = requestIdOf(request);
    if (error.statusCode === 413) return replyError(reply, 413, 'BODY_TOO_LARGE', GatewayErrorCodes.BODY_TOO_LARGE, requestId);
    if (error.statusCode && error.statusCode < 500) return replyError(reply, error.statusCode, 'BAD_REQUEST', GatewayErrorCodes.BAD_REQUEST, requestId);
    logger.error({ requestId, err: { code: error.code } }, 'gateway error');
    return replyError(reply, 500, 'INTERNAL_SERVER_ERROR', '系统繁忙，请稍后再试', requestId);
  });

  const armor = armorProtection({
    maxDepth: env.LIMIT_MAX_DEPTH,
    maxAliases: env.LIMIT_MAX_ALIASES,
    maxTokens: env.LIMIT_MAX_TOKENS,
    maxCost: env.LIMIT_MAX_COST,
    production,
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    csrfPrevention: true,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: [...armor.validationRules, oncePerRequestRule(oncePerRequestFields(supergraphSdl))],
    formatError,
    plugins: [
      fastifyApolloDrainPlugin(app),
      // Answers are personal and never HTTP-cached: no cache policy to compute per request (nor subgraph hints to read).
      ApolloServerPluginCacheControlDisabled(),
      ...(armor.plugins as unknown as ApolloServerPlugin<GatewayContext>[]),
      costBudgetPlugin(limits),
      responseMetaPlugin(),
      graphqlErrorsPlugin(metrics),
    ],
  });
  await apollo.start();

  const verify = createTokenVerifier(
    { jwksUrl: env.JWKS_URL, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE, cacheSize: env.TOKEN_CACHE_SIZE, cacheMaxAgeMs: env.TOKEN_CACHE_MAX_AGE_S * 1000 },
    deps.jwks,
  );
  const safelist = Safelist.fromFile(manifestPath);
  if (env.SAFELIST_ENFORCE && safelist.size === 0) logger.warn('safelist is empty: first-party channels can run nothing');
  const guard = createGuard({
    verify,
    identity: createIdentityInternalClient(env.IDENTITY_INTERNAL_URL, env.CALLER_SIGNING_SECRET),
    limits,
    safelist,
    safelistEnforced: env.SAFELIST_ENFORCE,
    callerPerMinute: env.RATE_LIMIT_CALLER_PER_MINUTE,
    ipPerMinute: env.RATE_LIMIT_IP_PER_MINUTE,
    maxTokens: env.LIMIT_MAX_TOKENS,
    sourceOf: (ip) => createHmac('sha256', env.CALLER_SIGNING_SECRET).update(`source\u0000${ip}`).digest('base64url').slice(0, 22),
    logger,
  });

  app.get('/healthz', async (_req, reply) => {
    const subgraphs = await checkSubgraphs(deps.subgraphUrls);
    const ok = Object.values(subgraphs).every((s) => s === 'ok');
    return reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', subgraphs });
  });
  app.get('/readyz', async (_req, reply) => {
    const readiness = await checkReadiness(deps.subgraphUrls, () => limits.status());
    return reply.code(readiness.status === 'not-ready' ? 503 : 200).send(readiness);
  });
  registerMetricsRoute(app, metrics.metrics, { token: deps.metricsToken });
  await app.register(async (scope) => {
    recordGatewayRequests(scope, metrics);
    // Before the body is parsed: a form-like POST is refused as CSRF whatever its body.
    scope.addHook('onRequest', refuseSimpleRequests);
    scope.addHook('preHandler', guard);
    await scope.register(fastifyApollo(apollo), { method: 'POST', context: async (request) => buildGatewayContext(request) });
  });
  app.addHook('onClose', async () => {
    await closeFetcher();
    await limits.close();
  });
  return app;
}
