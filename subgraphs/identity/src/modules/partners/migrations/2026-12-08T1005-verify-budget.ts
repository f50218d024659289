import { sql, type Kysely } from '@jingtong/kit';

/** verifyPerson checks per partner and day (Asia/Shanghai): the daily budget is counted here, across replicas. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('partner_verify_counts')
    .addColumn('partner_id', 'text', (c) => c.notNull())
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('partner_verify_counts_pk', ['partner_id', 'day'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('partner_verify_counts').execute();
}
