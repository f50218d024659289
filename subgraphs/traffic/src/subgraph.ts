import { defineSubgraph, paymentOrderJobs, registerPayablePaidRoute } from '@jingtong/kit';
import { recordFinePaid } from './fines/record-fine-paid.js';
import { buildDeps } from './build-deps.js';
import { buildContext, type TrafficContext } from './context.js';
import { loadTrafficEnv } from './env.js';
import { buildTrafficSchema } from './schema/build-schema.js';

/** The traffic subgraph: vehicles and violations from the provincial traffic platform. */
export const traffic = defineSubgraph({
  name: 'traffic',
  env: loadTrafficEnv,
  buildDeps,
  schema: buildTrafficSchema,
  context: buildContext,
  audit: true,
  jobs: (deps) => paymentOrderJobs({ from: 'traffic', secret: deps.env.CALLER_SIGNING_SECRET, env: deps.processEnv }),
  routes: (app, deps) => {
    registerPayablePaidRoute(app, { secret: deps.env.CALLER_SIGNING_SECRET, onPaid: (notice, requestId) => recordFinePaid(deps, notice, requestId) });
  },
  hooks: (app) => {
    // Flag answers that contain stale copies served while the platform failed.
    app.graphql.addHook('onResolution', async (execution, context) => {
      const { stale } = context as unknown as TrafficContext;
      if (stale?.size) execution.extensions = { ...execution.extensions, stale: [...stale] };
    });
  },
  legacy: (url) => ({ TRAFFIC_ENDPOINT: `${url}/traffic` }),
});
