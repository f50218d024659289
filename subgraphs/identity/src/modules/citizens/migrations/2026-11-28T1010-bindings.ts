import { sql, type Kysely } from '@jingtong/kit';

/** What a citizen has bound (tender 2.3.5.4): a driving licence and vehicles, checked against the traffic platform. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('licence_bindings')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('citizen_id', 'uuid', (c) => c.notNull().references('citizens.id'))
    .addColumn('licence_number_enc', 'text', (c) => c.notNull())
    .addColumn('licence_number_idx', 'text', (c) => c.notNull())
    .addColumn('file_number_enc', 'text', (c) => c.notNull())
    .addColumn('bound_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('licence_bindings_citizen_licence', ['citizen_id', 'licence_number_idx'])
    .execute();
  await db.schema
    .createTable('vehicle_bindings')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('citizen_id', 'uuid', (c) => c.notNull().references('citizens.id'))
    .addColumn('plate_enc', 'text', (c) => c.notNull())
    .addColumn('plate_idx', 'text', (c) => c.notNull())
    .addColumn('bound_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('vehicle_bindings_citizen_plate', ['citizen_id', 'plate_idx'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('vehicle_bindings').execute();
  await db.schema.dropTable('licence_bindings').execute();
}
