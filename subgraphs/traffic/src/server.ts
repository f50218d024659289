import { createSubgraphServer } from '@jingtong/kit';
import { buildContext, type TrafficContext } from './context.js';
import type { TrafficDeps } from './deps.js';
import { buildTrafficSchema } from './schema/build-schema.js';

export { buildDeps } from './build-deps.js';
export { loadTrafficEnv, TrafficEnvSchema, type TrafficEnv } from './env.js';

/** The traffic subgraph: vehicles and violations from the provincial traffic platform. */
export async function createServer(deps: TrafficDeps) {
  const app = await createSubgraphServer({
    name: 'traffic',
    schema: await buildTrafficSchema(),
    callerSecret: deps.env.CALLER_SIGNING_SECRET,
    logger: deps.logger,
    buildContext: (caller) => buildContext(deps, caller),
  });
  // Flag answers that contain stale copies served while the platform failed.
  app.graphql.addHook('onResolution', async (execution, context) => {
    const { stale } = context as unknown as TrafficContext;
    if (stale?.size) execution.extensions = { ...execution.extensions, stale: [...stale] };
  });
  return app;
}
