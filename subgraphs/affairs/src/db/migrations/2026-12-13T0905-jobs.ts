import { createJobTables, type Kysely } from '@jingtong/kit';

/** Durable jobs: the audit maintenance today; the applications' timers and notifications next. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createJobTables(db);
}
