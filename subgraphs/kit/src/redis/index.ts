export * from './resilient-redis.js';
