import { createJobTables, type Kysely } from '@jingtong/kit';

/** Durable jobs: order creation inbox, channel polling, expiry, fulfilment outbox. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createJobTables(db);
}
