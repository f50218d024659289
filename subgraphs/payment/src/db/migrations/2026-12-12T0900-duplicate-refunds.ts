import { type Kysely, sql } from '@jingtong/kit';

/**
 * A payer who paid one order on both channels gets the second payment back without asking: the payment centre
 * refunds that trade itself. Such a refund names its own trade and channel (an officer's refunds the order's
 * paid trade), has no officer, and never counts against what the order may still refund.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('payment_refunds')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('OFFICER'))
    .execute();
  await db.schema.alterTable('payment_refunds').addColumn('out_trade_no', 'text').execute();
  await db.schema.alterTable('payment_refunds').addColumn('channel', 'text').execute();
  await db.schema.alterTable('payment_refunds').alterColumn('officer_id', (c) => c.dropNotNull()).execute();
  await sql`alter table payment_refunds add constraint payment_refunds_kind check (kind in ('OFFICER', 'DUPLICATE_PAYMENT') and (kind = 'OFFICER') = (officer_id is not null) and (kind = 'OFFICER') = (out_trade_no is null))`.execute(db);
}
