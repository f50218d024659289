import { createJobTables, type Kysely } from '@jingtong/kit';

/** The durable jobs table (audit maintenance today; fine payment fulfilment next). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createJobTables(db);
}
