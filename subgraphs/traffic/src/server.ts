// The package's public surface for the test kit and scripts; the subgraph itself is `./subgraph.ts`.
export { traffic } from './subgraph.js';
export { buildDeps } from './build-deps.js';
export { loadTrafficEnv, TrafficEnvSchema, type TrafficEnv } from './env.js';
