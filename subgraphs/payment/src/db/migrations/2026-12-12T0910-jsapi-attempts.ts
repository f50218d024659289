import { type Kysely, sql } from '@jingtong/kit';

/**
 * How a trade was opened: H5 (a cashier page of the channel) or JSAPI (WeChat's pay sheet inside WeChat, for
 * the payer's openid). One order's open trade is reused only in the same mode: WeChat Pay refuses one trade
 * number for two kinds of order, so switching opens a new one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('payment_attempts').addColumn('mode', 'text', (c) => c.notNull().defaultTo('H5')).execute();
  await sql`alter table payment_attempts add constraint payment_attempts_mode check (mode in ('H5', 'JSAPI'))`.execute(db);
}
