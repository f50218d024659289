export * from './caller.js';
export * from './signed-header.js';
