import { type Kysely, sql } from '@jingtong/kit';

/**
 * Business classes, businesses and their drafts. A class code is unique for good (a cancelled class keeps its
 * code), a name among the classes in use; businesses name their class by id, so a rename changes nothing of
 * theirs; a business number is unique for good. Cancelling keeps the rows: published versions point at them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('business_classes')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().check(sql`code ~ '^(0[1-9]|[1-9][0-9])$'`))
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(name) between 1 and 20`))
    .addColumn('description', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('ACTIVE').check(sql`status in ('ACTIVE', 'CANCELLED')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('cancelled_at', 'timestamptz')
    .addUniqueConstraint('business_classes_code_key', ['code'])
    .execute();
  await sql`create unique index business_classes_name_in_use on business_classes (name) where status = 'ACTIVE'`.execute(db);

  await db.schema
    .createTable('businesses')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().check(sql`number ~ '^[A-Z0-9][A-Z0-9_-]{1,19}$'`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('class_id', 'uuid', (c) => c.notNull().references('business_classes.id'))
    .addColumn('fee_fen', 'integer', (c) => c.notNull().check(sql`fee_fen >= 0`))
    .addColumn('supervision_days', 'integer', (c) => c.notNull().check(sql`supervision_days between 0 and 365`))
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('ONLINE', 'APPOINTMENT', 'QUERY')`))
    .addColumn('needs_materials', 'boolean', (c) => c.notNull())
    .addColumn('returns_materials', 'boolean', (c) => c.notNull())
    .addColumn('needs_approval', 'boolean', (c) => c.notNull())
    .addColumn('channels', 'jsonb', (c) => c.notNull())
    .addColumn('pinyin', 'text', (c) => c.notNull())
    .addColumn('apply_url', 'text')
    .addColumn('handle_url', 'text')
    .addColumn('intro', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('CLOSED').check(sql`status in ('OPEN', 'CLOSED', 'CANCELLED')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('cancelled_at', 'timestamptz')
    .addUniqueConstraint('businesses_number_key', ['number'])
    .execute();
  await db.schema.createIndex('businesses_class').on('businesses').columns(['class_id', 'number']).execute();

  await db.schema
    .createTable('business_drafts')
    .addColumn('business_id', 'uuid', (c) => c.primaryKey().references('businesses.id'))
    .addColumn('fields', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('materials', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('flow', 'jsonb')
    .addColumn('saved_by', 'text')
    .addColumn('saved_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}
