import { sql, type Kysely } from '@jingtong/kit';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('officers')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('name_enc', 'text', (c) => c.notNull())
    .addColumn('phone_enc', 'text')
    .addColumn('unit_code', 'text', (c) => c.notNull().references('units.code'))
    .addColumn('roles', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('password_changed_at', 'timestamptz')
    .addColumn('totp_secret_enc', 'text')
    .addColumn('totp_enrolled_at', 'timestamptz')
    .addColumn('totp_last_step', 'bigint')
    .addColumn('enrolment_ticket_hash', 'text', (c) => c.unique())
    .addColumn('enrolment_expires_at', 'timestamptz')
    .addColumn('totp_pending_secret_enc', 'text')
    .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'timestamptz')
    .addColumn('disabled', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_sign_in_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('officers_unit_code').on('officers').column('unit_code').execute();

  await db.schema
    .createTable('officer_sessions')
    .addColumn('sid', 'uuid', (c) => c.primaryKey())
    .addColumn('officer_id', 'uuid', (c) => c.notNull().references('officers.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('officer_sessions_officer').on('officer_sessions').column('officer_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('officer_sessions').execute();
  await db.schema.dropTable('officers').execute();
}
