export * from './load-env.js';
export * from './production-env.js';
