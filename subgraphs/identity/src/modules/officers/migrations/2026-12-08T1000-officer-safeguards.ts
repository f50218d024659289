import { sql, type Kysely } from '@jingtong/kit';

/**
 * Sign-in throttles per source (keyed digest of the client address, alone and with the account name),
 * the sources an officer has signed in from (a lock set by strangers does not apply there), and
 * administrator resets waiting for a second approver.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('officer_sign_in_throttles')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failure_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('blocked_until', 'timestamptz')
    .execute();
  await db.schema
    .createTable('officer_known_sources')
    .addColumn('officer_id', 'uuid', (c) => c.notNull().references('officers.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('officer_known_sources_pk', ['officer_id', 'source'])
    .execute();
  await db.schema
    .createTable('officer_reset_requests')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('officer_id', 'uuid', (c) => c.notNull().references('officers.id'))
    .addColumn('reset_totp', 'boolean', (c) => c.notNull())
    .addColumn('required_role', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'uuid', (c) => c.notNull().references('officers.id'))
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('approved_by', 'uuid', (c) => c.references('officers.id'))
    .addColumn('approved_at', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('officer_reset_requests').execute();
  await db.schema.dropTable('officer_known_sources').execute();
  await db.schema.dropTable('officer_sign_in_throttles').execute();
}
