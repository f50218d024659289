import { sealAuditTrail, type Kysely } from '@jingtong/kit';

/** Sealed checkpoints, the archive move as a definer function, the trail handed to `jingtong_audit` (kit `sealAuditTrail`). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sealAuditTrail(db);
}
