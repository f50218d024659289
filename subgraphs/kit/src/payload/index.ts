export * from './user-error.type.js';
export * from './payload-error.js';
export * from './payload-errors-transform.js';
