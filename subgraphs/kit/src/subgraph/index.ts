export * from './define-subgraph.js';
export * from './start-subgraph.js';
export * from './run-subgraph.js';
export * from './views-context.js';
