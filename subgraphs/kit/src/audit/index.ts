export * from './audit-log.js';
export * from './audit-table.js';
export * from './hash-chain.js';
export * from './sql-audit-log.js';
export * from './audit-integrity.js';
export * from './verify-chain.js';
export * from './archive.js';
export * from './tamper-check.js';
