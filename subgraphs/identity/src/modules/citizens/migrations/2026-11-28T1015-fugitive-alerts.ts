import { sql, type Kysely } from '@jingtong/kit';

/**
 * Fugitive comparison hits (tender 2.7.4) for the duty officers of a unit; never shown to the citizen.
 * `unit_code` is not a foreign key: units are created by a later migration and may be synced from outside.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('fugitive_alerts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('citizen_id', 'uuid', (c) => c.references('citizens.id'))
    .addColumn('id_number_enc', 'text', (c) => c.notNull())
    .addColumn('id_number_idx', 'text', (c) => c.notNull())
    .addColumn('case_number_enc', 'text', (c) => c.notNull())
    .addColumn('wanted_by', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('listed_on', 'text')
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('OPEN').check(sql`status in ('OPEN', 'ACKNOWLEDGED')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('acknowledged_at', 'timestamptz')
    .addColumn('acknowledged_by', 'text')
    .addColumn('request_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fugitive_alerts_unit_status').on('fugitive_alerts').columns(['unit_code', 'status', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('fugitive_alerts').execute();
}
