import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { createLogger } from '@jingtong/kit';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import type { JWTVerifyGetKey } from 'jose';
import { createTokenVerifier } from './auth/verify-token.js';
import type { GatewayEnv } from './env.js';
import { formatError } from './errors/format-error.js';
import { buildGatewayContext, type GatewayContext } from './http/context.js';
import { checkSubgraphs } from './subgraphs/health.js';
import { createSubgraphFetcher } from './subgraphs/keep-alive-fetcher.js';
import { SignedDataSource } from './subgraphs/signed-data-source.js';

export { loadGatewayEnv, GatewayEnvSchema, type GatewayEnv } from './env.js';
export { subgraphUrls, SUBGRAPHS } from './subgraphs/registry.js';

export interface GatewayDeps {
  env: GatewayEnv;
  /** Subgraph name -> GraphQL URL (overrides the supergraph's). */
  subgraphUrls: Record<string, string>;
  supergraphSdl?: string;
  /** Tests may hand in keys instead of fetching the JWKS. */
  jwks?: JWTVerifyGetKey;
}

const SUPERGRAPH = new URL('../supergraph.graphql', import.meta.url);

/** The public edge: verifies callers, plans queries, and signs what it forwards. */
export async function createGateway(deps: GatewayDeps) {
  const { env } = deps;
  const logger = createLogger('gateway', env.LOG_LEVEL);
  const { fetcher, close: closeFetcher } = createSubgraphFetcher({ deadlineMs: env.SUBGRAPH_DEADLINE_MS, maxSockets: env.SUBGRAPH_MAX_SOCKETS });

  const gateway = new ApolloGateway({
    supergraphSdl: deps.supergraphSdl ?? readFileSync(SUPERGRAPH, 'utf8'),
    buildService: ({ name, url }) => new SignedDataSource(deps.subgraphUrls[name] ?? url!, fetcher, env.CALLER_SIGNING_SECRET),
  });

  const app = Fastify({ loggerInstance: logger as unknown as FastifyBaseLogger, disableRequestLogging: true, bodyLimit: 1_048_576 });
  const production = env.NODE_ENV === 'production';
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    csrfPrevention: true,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    formatError,
    plugins: [
      fastifyApolloDrainPlugin(app),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response, contextValue }) {
              if (response.body.kind === 'single' && contextValue.stale.length) {
                response.body.singleResult.extensions = { ...response.body.singleResult.extensions, stale: [...new Set(contextValue.stale)] };
              }
              response.http.headers.set('x-request-id', contextValue.requestId);
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const verify = createTokenVerifier({ jwksUrl: env.JWKS_URL, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, deps.jwks);
  app.get('/healthz', async (_req, reply) => {
    const subgraphs = await checkSubgraphs(deps.subgraphUrls);
    const ok = Object.values(subgraphs).every((s) => s === 'ok');
    return reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', subgraphs });
  });
  await app.register(fastifyApollo(apollo), { context: (request) => buildGatewayContext(request, verify) });
  app.addHook('onClose', async () => {
    await closeFetcher();
  });
  return app;
}
