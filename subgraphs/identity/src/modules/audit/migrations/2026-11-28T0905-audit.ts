import { createAuditTables, type Kysely } from '@jingtong/kit';

export async function up(db: Kysely<unknown>): Promise<void> {
  await createAuditTables(db);
}
