export * from './create-database.js';
export type { Kysely, Generated, Selectable, Insertable, Transaction } from 'kysely';
export type { Migration } from 'kysely/migration';
export { sql } from 'kysely';
export * from './roles.js';
