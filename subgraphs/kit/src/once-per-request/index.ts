export * from './once-per-request.js';
