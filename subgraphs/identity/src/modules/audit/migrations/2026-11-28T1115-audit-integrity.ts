import { installAuditIntegrity, type Kysely } from '@jingtong/kit';

/** Append-only triggers on the audit tables and the checkpoint table (see kit `audit-integrity.ts`). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await installAuditIntegrity(db);
}
