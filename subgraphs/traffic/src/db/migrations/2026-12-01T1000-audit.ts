import { createAuditTables, installAuditIntegrity, type Kysely } from '@jingtong/kit';

/** Traffic's own audit trail (who looked up which vehicle), append-only and hash-chained like every subgraph's. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createAuditTables(db);
  await installAuditIntegrity(db);
}
