import { type Kysely, sql } from '@jingtong/kit';

/**
 * Orders, their channel attempts and the ledger. Amounts are integer fen. A payment or refund is one
 * ledger row, unique per channel and the channel's own reference: a notification delivered fifty times,
 * or a poll racing it, records the money once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('payment_orders')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('payable_subgraph', 'text', (c) => c.notNull())
    .addColumn('payable_type', 'text', (c) => c.notNull())
    .addColumn('payable_id', 'text', (c) => c.notNull())
    .addColumn('citizen_id', 'text', (c) => c.notNull())
    .addColumn('business_kind', 'text', (c) => c.notNull())
    // Sealed (FieldCipher): a subject may name a plate, which is personal data once bound to a person.
    .addColumn('subject_sealed', 'text', (c) => c.notNull())
    .addColumn('lines', 'jsonb', (c) => c.notNull())
    .addColumn('amount_fen', 'integer', (c) => c.notNull().check(sql`amount_fen > 0`))
    .addColumn('county_code', 'text', (c) => c.notNull())
    .addColumn('revenue_item_code', 'text', (c) => c.notNull())
    .addColumn('revenue_item_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('UNPAID'))
    .addColumn('channel', 'text')
    .addColumn('out_trade_no', 'text')
    .addColumn('channel_trade_no', 'text')
    .addColumn('paid_fen', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('refunded_fen', 'integer', (c) => c.notNull().defaultTo(0).check(sql`refunded_fen >= 0`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('paid_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('payment_orders_status', sql`status in ('UNPAID', 'PAID', 'PARTIALLY_REFUNDED', 'REFUNDED', 'CLOSED')`)
    .addCheckConstraint('payment_orders_refund_limit', sql`refunded_fen <= paid_fen`)
    .execute();
  await db.schema.createIndex('payment_orders_citizen').on('payment_orders').columns(['citizen_id', 'created_at']).execute();
  await db.schema.createIndex('payment_orders_payable').on('payment_orders').columns(['payable_subgraph', 'payable_type', 'payable_id']).execute();

  await db.schema
    .createTable('payment_attempts')
    .addColumn('out_trade_no', 'text', (c) => c.primaryKey())
    .addColumn('order_id', 'uuid', (c) => c.notNull().references('payment_orders.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('OPEN'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('payment_attempts_state', sql`state in ('OPEN', 'PAID', 'CLOSED')`)
    .execute();
  await db.schema.createIndex('payment_attempts_order').on('payment_attempts').columns(['order_id']).execute();

  await db.schema
    .createTable('payment_ledger')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('order_id', 'uuid', (c) => c.notNull().references('payment_orders.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    /** The channel's trade number for a payment, the refund request number for a refund. */
    .addColumn('channel_ref', 'text', (c) => c.notNull())
    .addColumn('out_trade_no', 'text', (c) => c.notNull())
    .addColumn('amount_fen', 'integer', (c) => c.notNull().check(sql`amount_fen > 0`))
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('payment_ledger_kind', sql`kind in ('PAYMENT', 'REFUND')`)
    .addUniqueConstraint('payment_ledger_once', ['channel', 'kind', 'channel_ref'])
    .execute();
  await db.schema.createIndex('payment_ledger_day').on('payment_ledger').columns(['occurred_at']).execute();
}
