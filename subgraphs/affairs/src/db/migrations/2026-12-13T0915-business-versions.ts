import { type Kysely, sql } from '@jingtong/kit';

/**
 * Published versions, immutable in the database itself: a trigger refuses UPDATE, DELETE and TRUNCATE on every
 * path (PGlite's only user is a superuser, so privileges alone would not hold there), and on PostgreSQL the
 * services' role gives up those privileges on the table it owns. An owner could grant them back or drop the
 * trigger: handing the table to a role of its own, as the audit trail is, needs the kit's sealing function.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('business_versions')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('business_id', 'uuid', (c) => c.notNull().references('businesses.id'))
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version > 0`))
    .addColumn('flow', 'jsonb', (c) => c.notNull())
    .addColumn('flow_digest', 'text', (c) => c.notNull())
    .addColumn('fields', 'jsonb', (c) => c.notNull())
    .addColumn('materials', 'jsonb', (c) => c.notNull())
    .addColumn('digest', 'text', (c) => c.notNull().check(sql`digest ~ '^[0-9a-f]{64}$'`))
    .addColumn('published_by', 'text', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('business_versions_number', ['business_id', 'version'])
    .execute();

  await sql`
    create or replace function affairs_versions_immutable() returns trigger language plpgsql as $fn$
    begin
      raise exception 'business versions are immutable: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
    end
    $fn$`.execute(db);
  await sql`create trigger business_versions_immutable before update or delete on business_versions
    for each row execute function affairs_versions_immutable()`.execute(db);
  await sql`create trigger business_versions_no_truncate before truncate on business_versions
    for each statement execute function affairs_versions_immutable()`.execute(db);
  await sql`revoke update, delete, truncate on business_versions from current_user`.execute(db);
}
