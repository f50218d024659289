import { createAuditTables, installAuditIntegrity, sealAuditTrail, type Kysely } from '@jingtong/kit';

/** The hall queue's audit trail, append-only, hash-chained and sealed like every subgraph's. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createAuditTables(db);
  await installAuditIntegrity(db);
  await sealAuditTrail(db);
}
