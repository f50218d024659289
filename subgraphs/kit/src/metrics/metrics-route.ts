import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Metrics } from './create-metrics.js';

export interface MetricsRouteOptions {
  path?: string;
  /**
   * When set, scrapes must send `authorization: Bearer <token>`: for a port that faces the internet
   * (the gateway's), where the scraper cannot be told apart by network.
   */
  token?: string;
}

/** `GET /metrics` in the Prometheus text format. */
export function registerMetricsRoute(app: FastifyInstance, metrics: Metrics, { path = '/metrics', token }: MetricsRouteOptions = {}): void {
  const expected = token ? Buffer.from(`Bearer ${token}`) : undefined;
  app.get(path, async (request, reply) => {
    if (expected) {
      const given = Buffer.from(request.headers.authorization ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return reply.code(401).send('unauthorized\n');
    }
    reply.header('content-type', metrics.contentType).header('cache-control', 'no-store');
    return metrics.render();
  });
}
