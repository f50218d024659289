export * from './define-error-codes.js';
export * from './codes.js';
export * from './app-error.js';
export * from './input-error.js';
export * from './legacy-error.js';
