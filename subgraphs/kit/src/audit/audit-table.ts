import { sql, type Kysely } from 'kysely';
import type { Generated } from 'kysely';

export interface AuditTable {
  id: Generated<string>;
  at: Generated<Date>;
  action: string;
  actor_kind: string;
  actor_id: string | null;
  target_kind: string | null;
  target_id: string | null;
  field: string | null;
  purpose: string | null;
  request_id: string;
  details: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditDatabase {
  audit_log: AuditTable;
  audit_archive: AuditTable;
}

/** The migration every subgraph that audits includes (append-only live table + archive). */
export async function createAuditTables(db: Kysely<unknown>): Promise<void> {
  for (const table of ['audit_log', 'audit_archive']) {
    await db.schema
      .createTable(table)
      .addColumn('id', 'bigserial', (c) => c.primaryKey())
      .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('actor_kind', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('target_kind', 'text')
      .addColumn('target_id', 'text')
      .addColumn('field', 'text')
      .addColumn('purpose', 'text')
      .addColumn('request_id', 'text', (c) => c.notNull())
      .addColumn('details', 'text')
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .execute();
  }
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
}
