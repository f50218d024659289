export * from './job-errors.js';
export * from './job-queue.type.js';
export * from './job-queue.resolver.js';
