import { sql, type Generated, type Kysely } from 'kysely';

/**
 * The one transaction-local switch that lets rows leave `audit_log` (and enter `audit_archive`).
 * Only `archiveAuditRows` sets it, with `set local`, so it never outlives that transaction.
 */
export const AUDIT_ARCHIVING_SETTING = 'jingtong.audit_archiving';

export interface AuditCheckpointTable {
  id: Generated<string>;
  at: Generated<Date>;
  /** The newest row a successful verification saw, and its hash. */
  last_id: string;
  last_hash: string;
  rows: string;
}

export interface AuditIntegrityDatabase {
  audit_checkpoints: AuditCheckpointTable;
}

/**
 * Append-only in the database itself, for a subgraph whose migrations already ran `createAuditTables`:
 * - `audit_log`: UPDATE, DELETE and TRUNCATE raise, unless the archiving setting is on;
 * - `audit_archive`: written, like the deletions above, only while archiving; anyone else who wants to change
 *   a row (a test showing that tampering is caught) must say so explicitly, inside one transaction;
 * - `audit_checkpoints`: the heads earlier verifications saw (they catch a cut-off tail, which a hash
 *   chain alone cannot), append-only too.
 * A superuser can still disable triggers: that is what the hash chain and the checkpoints are for.
 */
export async function installAuditIntegrity(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_checkpoints')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_id', 'bigint', (c) => c.notNull())
    .addColumn('last_hash', 'text', (c) => c.notNull())
    .addColumn('rows', 'bigint', (c) => c.notNull())
    .execute();

  await sql`
    create or replace function jt_audit_append_only() returns trigger language plpgsql as $fn$
    begin
      if coalesce(current_setting(${sql.lit(AUDIT_ARCHIVING_SETTING)}, true), '') = 'on' then
        if tg_level = 'STATEMENT' then return null; end if;
        if tg_op = 'DELETE' then return old; end if;
        return new;
      end if;
      raise exception 'audit rows are append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
    end
    $fn$`.execute(db);

  const guard = async (table: string, rowEvents: string) => {
    await sql`create trigger ${sql.raw(`${table}_append_only`)} before ${sql.raw(rowEvents)} on ${sql.table(table)}
      for each row execute function jt_audit_append_only()`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
      for each statement execute function jt_audit_append_only()`.execute(db);
  };
  await guard('audit_log', 'update or delete');
  await guard('audit_archive', 'insert or update or delete');
  await guard('audit_checkpoints', 'update or delete');
}
