// The package's public surface for the test kit and scripts; the subgraph itself is `./subgraph.ts`.
export { queue } from './subgraph.js';
export { buildDeps } from './build-deps.js';
export type { QueueDeps } from './deps.js';
export type { Clock } from './clock.js';
export { loadQueueEnv, QueueEnvSchema, QUEUE_TICKET_QR_DEV_KEY, type QueueEnv } from './env.js';
export { QUEUE_JOBS } from './jobs/job-kinds.js';
