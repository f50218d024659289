import { createJobTables, type Kysely } from '@jingtong/kit';

/** Durable jobs: the halls' sync, finishing or voiding a booking at the machine, cancellations, closing a day's tickets. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createJobTables(db);
}
