import { sql, type Kysely } from '@jingtong/kit';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('citizens')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('id_number_enc', 'text', (c) => c.notNull())
    .addColumn('id_number_idx', 'text', (c) => c.notNull().unique())
    .addColumn('name_enc', 'text', (c) => c.notNull())
    .addColumn('assurance_level', 'smallint', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_sign_in_at', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('citizens').execute();
}
