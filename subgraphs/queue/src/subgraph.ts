import { defineSubgraph } from '@jingtong/kit';
import { buildDeps } from './build-deps.js';
import { buildContext, type QueueContext } from './context.js';
import { loadQueueEnv } from './env.js';
import { QUEUE_JOBS } from './jobs/job-kinds.js';
import { queueJobs } from './jobs/queue-jobs.js';
import { buildQueueSchema } from './schema/build-schema.js';

/** Hall queue numbers (2.6.4): booked online, issued by the halls' queue machines, one sequence with walk-ins. */
export const queue = defineSubgraph({
  name: 'queue',
  env: loadQueueEnv,
  buildDeps,
  schema: buildQueueSchema,
  context: buildContext,
  audit: true,
  jobs: queueJobs,
  // Halls come from the machines once per period across replicas, the first at start-up (the period is due).
  recurring: (env) => [{ kind: QUEUE_JOBS.syncHalls, everyMs: env.QUEUE_HALL_SYNC_MS }],
  hooks: (app) => {
    // Flag answers that contain a hall's day served stale while its machine did not answer.
    app.graphql.addHook('onResolution', async (execution, context) => {
      const { stale } = context as unknown as QueueContext;
      if (stale?.size) execution.extensions = { ...execution.extensions, stale: [...stale] };
    });
  },
  legacy: (url) => ({ QUEUE_ENDPOINT: `${url}/queue` }),
});
