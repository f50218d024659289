export * from './federated-schema.js';
export * from './schema-extension.js';
