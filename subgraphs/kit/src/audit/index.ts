export * from './audit-log.js';
export * from './audit-table.js';
export * from './hash-chain.js';
export * from './sql-audit-log.js';
