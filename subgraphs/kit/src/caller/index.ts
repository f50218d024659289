export * from './caller.js';
export * from './signed-header.js';
export * from './body-digest.js';
export * from './caller-nonces.js';
export * from './require-signed-caller.js';
