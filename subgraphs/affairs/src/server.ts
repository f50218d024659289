// The package's public surface for the test kit and scripts; the subgraph itself is `./subgraph.ts`.
export { affairs } from './subgraph.js';
export { buildDeps } from './build-deps.js';
export type { AffairsDeps } from './deps.js';
export { AffairsEnvSchema, loadAffairsEnv, type AffairsEnv } from './env.js';
