export * from './audit-entry.type.js';
export * from './audit-trail.resolver.js';
