export * from './federated-schema.js';
