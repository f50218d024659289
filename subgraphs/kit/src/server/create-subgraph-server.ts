import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import mercurius from 'mercurius';
import type { Logger } from 'pino';
import { digestJsonBodies, requestBodyDigest } from '../caller/body-digest.js';
import { type Caller, CALLER_HEADER } from '../caller/caller.js';
import { type CallerNonces, createCallerNonces, verifyCallerOnce } from '../caller/caller-nonces.js';
import { ErrorCodes } from '../errors/codes.js';
import { createMetrics, type Metrics } from '../metrics/create-metrics.js';
import { registerMetricsRoute } from '../metrics/metrics-route.js';
import { ANONYMOUS_OPERATION } from '../metrics/operation-labels.js';
import { notFoundHandler, subgraphErrorHandler } from './error-handler.js';
import { sanitizeErrors } from './format-error.js';
import { checkReadiness } from './readiness.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The nonces of the caller headers this server accepted: `requireSignedCaller(secret, app.callerNonces)` for routes outside GraphQL. */
    callerNonces: CallerNonces;
  }
  interface FastifyRequest {
    caller?: Caller;
    /** Set by the error formatter: the answer carries errors although the status is 200. */
    graphqlFailed?: boolean;
  }
}

export interface SubgraphServerOptions<Ctx extends object> {
  name: string;
  schema: GraphQLSchema;
  callerSecret: string;
  /**
   * Where the nonces of accepted caller headers are remembered (a replayed header is refused): Redis for a
   * subgraph with replicas (`createCallerNonces({ redisUrl })`). Without it, this process's own memory.
   * Closed with the server.
   */
  callerNonces?: CallerNonces;
  logger: Logger;
  buildContext: (caller: Caller, request: FastifyRequest) => Ctx | Promise<Ctx>;
  /** Readiness: resolves when the database answers (`checks.database` of `/readyz`). */
  ready?: () => Promise<void>;
  /** Resolves when Redis answers (`checks.redis`); absent when the instance runs without Redis. */
  redis?: () => Promise<void>;
  /** Extra public routes (e.g. identity's JWKS); they bypass the caller check. */
  publicRoutes?: (app: FastifyInstance) => void | Promise<void>;
  /** Compile a query with graphql-jit after this many runs. */
  jit?: number;
  /**
   * Served at `GET /metrics`. Pass the one the service's SOAP clients and cache store record into;
   * without it the server makes its own from `name` (requests only).
   */
  metrics?: Metrics;
}

const GRAPHQL_PATH = '/graphql';

const refused = (reply: FastifyReply, status: number, code: 'CALLER_SIGNATURE_INVALID' | 'BAD_REQUEST') =>
  reply.code(status).send({ data: null, errors: [{ message: ErrorCodes[code].message, extensions: { code } }] });

/**
 * Fastify + mercurius. The signed-caller check is a preHandler of the GraphQL routes themselves (not a
 * compare on the URL, which an encoded path such as `/%67raphql` passes), bound to the body as received,
 * and each header good for one request (its nonce remembered for the header's lifetime).
 */
export async function createSubgraphServer<Ctx extends object>(options: SubgraphServerOptions<Ctx>): Promise<FastifyInstance> {
  const { logger, callerSecret } = options;
  const app = Fastify({
    loggerInstance: logger as unknown as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    // Above the gateway fetcher's idle keep-alive, so the gateway closes idle sockets first.
    keepAliveTimeout: 65_000,
    bodyLimit: 1_048_576,
  });
  digestJsonBodies(app);
  app.setNotFoundHandler(notFoundHandler);
  const nonces = options.callerNonces ?? createCallerNonces();
  app.decorate('callerNonces', nonces);
  app.addHook('onClose', async () => nonces.close());

  app.get('/healthz', async () => ({ status: 'ok', service: options.name }));
  app.get('/readyz', async (_req, reply) => {
    const readiness = await checkReadiness({ database: options.ready, redis: options.redis });
    if (readiness.status !== 'ok') logger.warn({ checks: readiness.checks }, `readiness: ${readiness.status}`);
    return reply.code(readiness.status === 'down' ? 503 : 200).send({ ...readiness, service: options.name });
  });
  await options.publicRoutes?.(app);
  const metrics = options.metrics ?? createMetrics(options.name);
  registerMetricsRoute(app, metrics);
  recordRequests(app, metrics);

  const requireCaller = async (request: FastifyRequest, reply: FastifyReply) => {
    // The gateway only POSTs; a GET would carry its operation in the URL, outside the signed body.
    if (request.method !== 'POST') return refused(reply, 405, 'BAD_REQUEST');
    const header = request.headers[CALLER_HEADER];
    const result = await verifyCallerOnce(Array.isArray(header) ? header[0] : header, callerSecret, requestBodyDigest(request), nonces);
    if (!result.ok) {
      logger.warn({ reason: result.reason, ip: request.ip }, 'refused request without a valid caller signature');
      return refused(reply, 401, 'CALLER_SIGNATURE_INVALID');
    }
    request.caller = result.caller;
  };

  await app.register(mercurius, {
    schema: options.schema,
    path: GRAPHQL_PATH,
    jit: options.jit ?? 1,
    graphiql: false,
    additionalRouteOptions: { preHandler: requireCaller },
    // Every error outside resolvers, on every route: a code and a generic message, details in the log.
    errorHandler: subgraphErrorHandler(logger),
    // The error handler asks for a context too, also for requests refused before the caller check ran.
    context: (request) => (request.caller ? options.buildContext(request.caller, request) : ({} as Ctx)),
    errorFormatter: (execution, context) => {
      const request = (context as { reply?: FastifyReply }).reply?.request;
      if (request) request.graphqlFailed = true;
      const requestId = (context as { caller?: Caller }).caller?.requestId;
      const errors = sanitizeErrors(execution.errors ?? [], logger, requestId);
      return { statusCode: 200, response: { data: execution.data ?? null, errors: errors.map((e) => e.toJSON()) } };
    },
  });

  return app;
}

/** One count and one latency sample per /graphql request, refused ones included, after the response is sent. */
function recordRequests(app: FastifyInstance, metrics: Metrics): void {
  const { requests } = metrics;
  app.decorateRequest('graphqlFailed', false);
  app.addHook('onResponse', (request, reply, done) => {
    if (request.routeOptions.url === GRAPHQL_PATH) {
      // Only first-party channels are held to the persisted operations (at the gateway); partners name their own.
      const channel = request.caller?.channel;
      const operation =
        channel === 'h5' || channel === 'console'
          ? requests.operations.of((request.body as { operationName?: unknown } | null | undefined)?.operationName)
          : ANONYMOUS_OPERATION;
      const failed = reply.statusCode >= 400 || request.graphqlFailed;
      requests.record(operation, failed ? 'error' : 'ok', reply.elapsedTime / 1000);
    }
    done();
  });
}
