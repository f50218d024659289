export * from './create-subgraph-server.js';
export * from './run-server.js';
export * from './format-error.js';
export * from './request-targets.js';
