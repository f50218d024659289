export * from './disclose.js';
export * from './reveal.input.js';
