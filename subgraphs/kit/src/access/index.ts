export * from './roles.js';
export * from './guards.js';
export * from './unit-scope.js';
export * from './partner-scopes.js';
