import { createAuditTables, installAuditIntegrity, type Kysely, sealAuditTrail } from '@jingtong/kit';

/** The affairs audit trail, append-only, hash-chained and sealed like every subgraph's. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createAuditTables(db);
  await installAuditIntegrity(db);
  await sealAuditTrail(db);
}
