// The package's public surface for the test kit and scripts; the subgraph itself is `./subgraph.ts`.
export { identity } from './subgraph.js';
export { buildDeps } from './build-deps.js';
export { loadIdentityEnv, IdentityEnvSchema, type IdentityEnv } from './env.js';
export type { IdentityDeps } from './deps.js';
export { DEMO_OFFICERS, DEMO_OFFICER_PASSWORD } from './modules/officers/demo-officers.js';
