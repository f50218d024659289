import { type Kysely, sql } from '@jingtong/kit';

/**
 * Reconciliation (对账): one run per Beijing day and channel, run again in place (a re-run replaces the day's
 * unresolved differences), and the differences between the channel's bill and the ledger. A difference is
 * unique per run, kind and the trade or refund it is about, so an officer's resolution survives every re-run
 * that finds it again. Dates are text (YYYY-MM-DD, Beijing): a `date` column would come back as a local
 * midnight in whatever zone the replica runs.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('payment_reconciliation_runs')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('bill_date', 'text', (c) => c.notNull().check(sql`bill_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('run_count', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('bill_payments', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('bill_payment_fen', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('bill_refunds', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('bill_refund_fen', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('ledger_payments', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ledger_payment_fen', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('ledger_refunds', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ledger_refund_fen', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('matched', 'integer', (c) => c.notNull().defaultTo(0))
    /** `schedule`, or the officer who asked for the last run. */
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('first_run_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_run_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('payment_reconciliation_runs_channel', sql`channel in ('ALIPAY', 'WECHAT')`)
    .addUniqueConstraint('payment_reconciliation_runs_day', ['bill_date', 'channel'])
    .execute();

  await db.schema
    .createTable('payment_reconciliation_differences')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('run_id', 'uuid', (c) => c.notNull().references('payment_reconciliation_runs.id'))
    .addColumn('bill_date', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('entry_kind', 'text', (c) => c.notNull())
    /** What the bill and the ledger were matched on: our trade number for a payment, our request number for a refund. */
    .addColumn('match_key', 'text', (c) => c.notNull())
    .addColumn('out_trade_no', 'text', (c) => c.notNull())
    .addColumn('channel_ref', 'text', (c) => c.notNull())
    .addColumn('order_id', 'uuid')
    .addColumn('ledger_fen', 'integer')
    .addColumn('channel_fen', 'integer')
    .addColumn('ledger_entries', 'integer', (c) => c.notNull())
    .addColumn('channel_entries', 'integer', (c) => c.notNull())
    .addColumn('detected_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('resolution', 'text')
    .addColumn('note', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('resolved_at', 'timestamptz')
    .addCheckConstraint('payment_reconciliation_differences_kind', sql`kind in ('MISSING_IN_LEDGER', 'MISSING_AT_CHANNEL', 'AMOUNT_MISMATCH', 'DUPLICATE')`)
    .addCheckConstraint('payment_reconciliation_differences_entry', sql`entry_kind in ('PAYMENT', 'REFUND')`)
    .addCheckConstraint('payment_reconciliation_differences_resolution', sql`resolution is null or resolution in ('REFUNDED', 'RECORDED_MANUALLY', 'CHANNEL_CORRECTED', 'IGNORED')`)
    .addCheckConstraint('payment_reconciliation_differences_resolved', sql`(resolution is null) = (resolved_at is null)`)
    .addUniqueConstraint('payment_reconciliation_differences_once', ['run_id', 'kind', 'entry_kind', 'match_key'])
    .execute();
  await db.schema.createIndex('payment_reconciliation_differences_day').on('payment_reconciliation_differences').columns(['bill_date', 'channel']).execute();
  await db.schema
    .createIndex('payment_reconciliation_differences_open')
    .on('payment_reconciliation_differences')
    .columns(['bill_date'])
    .where(sql.ref('resolved_at'), 'is', null)
    .execute();
}
