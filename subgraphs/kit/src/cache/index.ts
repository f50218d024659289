export * from './cache-store.js';
export * from './memory-store.js';
export * from './redis-store.js';
export * from './tiered-store.js';
export * from './create-cache-store.js';
export * from './cached-batch.js';
