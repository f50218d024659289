/**
 * The admin surface, /__legacy/*, for tests and the demo:
 *   GET  /__legacy/stats   -> { "<system>": { "<operation>": count } }
 *   POST /__legacy/reset   -> counters zeroed, faults back to env defaults, sessions dropped
 *   GET  /__legacy/faults  -> { "<system>": { latencyMs, jitterMs, errorRate, mode } }
 *   POST /__legacy/faults  { system, latencyMs?, jitterMs?, errorRate?, mode? } -> the system's settings
 *   GET  /__legacy/health  -> { ok: true, systems }
 * plus the systems' own admin routes and the demo page (extraRoutes, e.g. src/systems/user-side.ts, src/demo/).
 * Errors are JSON: { error, message } with a 4xx status.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { CallStats } from './counters.js';
import type { FaultSettings } from './faults.js';

export interface AdminApi {
  systems: readonly string[];
  stats(): CallStats;
  reset(): void;
  faults(): Record<string, FaultSettings>;
  /** Validates (throws a ZodError) and applies a fault patch. */
  setFaults(patch: unknown): FaultSettings;
  /** More /__legacy/* routes, registered here so the same JSON error handling applies. */
  extraRoutes?: (app: FastifyInstance) => void;
}

export function adminRoutes(api: AdminApi) {
  return async (app: FastifyInstance) => {
    app.setErrorHandler((error: { statusCode?: number; message?: string }, _request, reply) => {
      if (error instanceof z.ZodError) {
        return reply.code(400).send({ error: 'INVALID_FAULTS', message: z.prettifyError(error) });
      }
      const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
      return reply.code(status).send({ error: status === 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST', message: error.message ?? 'error' });
    });
    app.get('/__legacy/stats', async () => api.stats());
    app.post('/__legacy/reset', async () => {
      api.reset();
      return { reset: true };
    });
    app.get('/__legacy/faults', async () => api.faults());
    app.post('/__legacy/faults', async (request) => api.setFaults(request.body));
    app.get('/__legacy/health', async () => ({ ok: true, systems: api.systems }));
    api.extraRoutes?.(app);
  };
}
