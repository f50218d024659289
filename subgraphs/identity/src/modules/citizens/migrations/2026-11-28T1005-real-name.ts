import { sql, type Kysely } from '@jingtong/kit';

/** Real-name verifications (tender 2.3.4.2): level, method and time of each; citizens.assurance_level is the highest. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('real_name_verifications')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('citizen_id', 'uuid', (c) => c.notNull().references('citizens.id'))
    .addColumn('level', 'smallint', (c) => c.notNull().check(sql`level between 1 and 3`))
    .addColumn('method', 'text', (c) =>
      c.notNull().check(sql`method in ('SMS_POPULATION', 'ALIPAY_CERTIFIED', 'FACE', 'NETWORK_PASSWORD', 'NETWORK_IDENTITY')`),
    )
    /** Level 1 by SMS: did the phone equal the population register's? (null for other methods) */
    .addColumn('phone_matched', 'boolean')
    .addColumn('verified_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('request_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('real_name_verifications_citizen').on('real_name_verifications').columns(['citizen_id', 'verified_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('real_name_verifications').execute();
}
