// The package's public surface for the test kit and scripts; the subgraph itself is `./subgraph.ts`.
export { payment } from './subgraph.js';
export { buildDeps } from './build-deps.js';
export { loadPaymentEnv, PaymentEnvSchema, type PaymentEnv } from './env.js';
