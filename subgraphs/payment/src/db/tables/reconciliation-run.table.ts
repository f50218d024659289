import type { Generated } from '@jingtong/kit';
import type { ChannelName } from './payment-order.table.js';

/** bigint sums of fen: PostgreSQL hands them back as text, PGlite perhaps as a number; read through `Number()`. */
type FenSum = Generated<string | number>;

/** One Beijing day of one channel, reconciled (again) in place. */
export interface ReconciliationRunTable {
  id: string;
  bill_date: string;
  channel: ChannelName;
  run_count: Generated<number>;
  bill_payments: Generated<number>;
  bill_payment_fen: FenSum;
  bill_refunds: Generated<number>;
  bill_refund_fen: FenSum;
  ledger_payments: Generated<number>;
  ledger_payment_fen: FenSum;
  ledger_refunds: Generated<number>;
  ledger_refund_fen: FenSum;
  matched: Generated<number>;
  requested_by: string;
  first_run_at: Generated<Date>;
  last_run_at: Generated<Date>;
}
