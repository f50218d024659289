import { createJobTables, type Kysely } from '@jingtong/kit';

/** The durable jobs table (fugitive screening, duty-officer SMS, audit maintenance). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createJobTables(db);
}
