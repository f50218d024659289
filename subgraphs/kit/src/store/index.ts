export * from './short-lived-store.js';
export * from './create-short-lived-store.js';
export * from './memory-short-lived-store.js';
