export * from './soap-client.js';
export * from './classify-error.js';
export * from './replay-server.js';
export * from './session-keys.js';
export * from './message.js';
export * from './session-channel.js';
