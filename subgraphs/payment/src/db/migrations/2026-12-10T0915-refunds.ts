import { type Kysely, sql } from '@jingtong/kit';

/**
 * Refunds an officer asked for: one row each, keyed by the officer's idempotency key (the same request again is
 * the same refund) and by the request number sent to the channel. The money moves only when the channel says
 * so; then the ledger gets its REFUND row (unique per channel and request number, like payments).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('payment_refunds')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('order_id', 'uuid', (c) => c.notNull().references('payment_orders.id'))
    .addColumn('out_request_no', 'text', (c) => c.notNull().unique())
    .addColumn('amount_fen', 'integer', (c) => c.notNull().check(sql`amount_fen > 0`))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('officer_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('REQUESTED'))
    .addColumn('failure', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('completed_at', 'timestamptz')
    .addCheckConstraint('payment_refunds_state', sql`state in ('REQUESTED', 'SUCCEEDED', 'FAILED')`)
    .execute();
  await db.schema.createIndex('payment_refunds_order').on('payment_refunds').columns(['order_id']).execute();
}
