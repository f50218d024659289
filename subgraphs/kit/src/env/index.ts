export * from './load-env.js';
