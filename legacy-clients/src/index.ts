/**
 * @jingtong/legacy-clients — one client per legacy system, shared by every subgraph that needs it.
 * Importing a system's own entry (`@jingtong/legacy-clients/traffic`) loads only that client.
 */
export * from './traffic.js';
export * from './population.js';
export * from './sms.js';
export * from './fugitive.js';
export * from './face.js';
export * from './queue.js';
export * from './alipay.js';
export * from './wechat.js';
export * from './env.js';
