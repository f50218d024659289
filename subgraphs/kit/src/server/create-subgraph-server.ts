import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import mercurius from 'mercurius';
import type { Logger } from 'pino';
import { type Caller, CALLER_HEADER } from '../caller/caller.js';
import { verifyCaller } from '../caller/signed-header.js';
import { createMetrics, type Metrics } from '../metrics/create-metrics.js';
import { registerMetricsRoute } from '../metrics/metrics-route.js';
import { ANONYMOUS_OPERATION } from '../metrics/operation-labels.js';
import { sanitizeErrors } from './format-error.js';

declare module 'fastify' {
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
  logger: Logger;
  buildContext: (caller: Caller, request: FastifyRequest) => Ctx | Promise<Ctx>;
  /** Readiness: resolves when dependencies (database, cache) answer. */
  ready?: () => Promise<void>;
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

/** Fastify + mercurius with the signed-caller check in front of /graphql. */
export async function createSubgraphServer<Ctx extends object>(options: SubgraphServerOptions<Ctx>): Promise<FastifyInstance> {
  const { logger, callerSecret } = options;
  const app = Fastify({
    loggerInstance: logger as unknown as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    // Above the gateway fetcher's idle keep-alive, so the gateway closes idle sockets first.
    keepAliveTimeout: 65_000,
    bodyLimit: 1_048_576,
  });

  app.get('/healthz', async () => ({ status: 'ok', service: options.name }));
  app.get('/readyz', async (_req, reply) => {
    try {
      await options.ready?.();
      return { status: 'ready', service: options.name };
    } catch (error) {
      logger.warn({ err: { message: (error as Error).message } }, 'not ready');
      return reply.code(503).send({ status: 'not-ready', service: options.name });
    }
  });
  await options.publicRoutes?.(app);
  const metrics = options.metrics ?? createMetrics(options.name);
  registerMetricsRoute(app, metrics);
  recordRequests(app, metrics);

  app.addHook('preHandler', async (request, reply) => {
    if (!request.url.startsWith('/graphql')) return;
    const header = request.headers[CALLER_HEADER];
    const result = verifyCaller(Array.isArray(header) ? header[0] : header, callerSecret);
    if (!result.ok) {
      logger.warn({ reason: result.reason, ip: request.ip }, 'refused request without a valid caller signature');
      return reply.code(401).send({
        errors: [{ message: '请求来源无法验证', extensions: { code: 'CALLER_SIGNATURE_INVALID' } }],
      });
    }
    request.caller = result.caller;
  });

  await app.register(mercurius, {
    schema: options.schema,
    jit: options.jit ?? 1,
    graphiql: false,
    // biome-ignore lint/style/noNonNullAssertion: the preHandler above sets it on every /graphql request or answers 401 itself
    context: (request) => options.buildContext(request.caller!, request),
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
    if (request.url.startsWith('/graphql')) {
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
