import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { FastifyInstance } from 'fastify';
import type { GatewayContext } from '../http/context.js';
import type { GatewayMetrics } from './gateway-metrics.js';

/**
 * One count and one latency sample per /graphql request, after the response is sent: refusals by the
 * guard included, and the whole time (authentication, limits, plan, subgraphs) rather than Apollo's part.
 */
export function recordGatewayRequests(scope: FastifyInstance, gatewayMetrics: GatewayMetrics): void {
  const { requests } = gatewayMetrics.metrics;
  const { answeredWithErrors, refusals } = gatewayMetrics;
  scope.addHook('onResponse', (request, reply, done) => {
    const body = request.body as { operationName?: unknown } | null | undefined;
    const isObject = typeof body === 'object' && body !== null;
    const status = reply.statusCode;
    const failed = status >= 400 || (isObject && answeredWithErrors.has(body));
    requests.record(requests.operations.of(isObject ? body.operationName : undefined), failed ? 'error' : 'ok', reply.elapsedTime / 1000);
    // The guard sets `request.gateway` only once the rate limits let the request through; a 429 after that is the cost budget.
    if (status === 429) (request.gateway ? refusals.costBudget : refusals.rateLimit).inc();
    done();
  });
}

/** Marks the requests whose answer carries GraphQL errors (a 200 with errors is not a success). */
export function graphqlErrorsPlugin(gatewayMetrics: GatewayMetrics): ApolloServerPlugin<GatewayContext> {
  const { answeredWithErrors } = gatewayMetrics;
  // One listener for every request: it keeps no per-request state.
  const listener: GraphQLRequestListener<GatewayContext> = {
    async willSendResponse({ response, request }) {
      if (response.body.kind !== 'single' || !response.body.singleResult.errors?.length) return;
      const body = request.http?.body;
      if (typeof body === 'object' && body !== null) answeredWithErrors.add(body);
    },
  };
  return { requestDidStart: async () => listener };
}
