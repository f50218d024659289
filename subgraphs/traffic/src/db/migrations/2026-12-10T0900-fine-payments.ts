import { type Kysely, sql } from '@jingtong/kit';

/**
 * Fines being paid online: one row per payment order traffic asked the payment centre for, and what the
 * platform was told once it was paid (缴款回写). The amount is fixed when the order is made (fine + late fee
 * as of that Beijing day; the order expires with the day, so the platform's check on the paid day agrees).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('fine_payments')
    .addColumn('order_id', 'uuid', (c) => c.primaryKey())
    .addColumn('violation_id', 'text', (c) => c.notNull())
    .addColumn('citizen_id', 'text', (c) => c.notNull())
    .addColumn('fine_fen', 'integer', (c) => c.notNull())
    .addColumn('late_fee_fen', 'integer', (c) => c.notNull())
    .addColumn('amount_fen', 'integer', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('ORDERED'))
    .addColumn('receipt_number', 'text')
    .addColumn('refusal', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('fine_payments_state', sql`state in ('ORDERED', 'RECORDED', 'REFUSED')`)
    .addUniqueConstraint('fine_payments_one_per_day', ['violation_id', 'day'])
    .execute();
}
