import type { AuditDatabase, AuditIntegrityDatabase, JobDatabase } from '@jingtong/kit';
import type { PaymentAttemptTable } from './payment-attempt.table.js';
import type { PaymentLedgerTable } from './payment-ledger.table.js';
import type { PaymentOrderTable } from './payment-order.table.js';
import type { PaymentRefundTable } from './payment-refund.table.js';
import type { ReconciliationDifferenceTable } from './reconciliation-difference.table.js';
import type { ReconciliationRunTable } from './reconciliation-run.table.js';

export interface PaymentDatabase extends AuditDatabase, AuditIntegrityDatabase, JobDatabase {
  payment_orders: PaymentOrderTable;
  payment_attempts: PaymentAttemptTable;
  payment_ledger: PaymentLedgerTable;
  payment_refunds: PaymentRefundTable;
  payment_reconciliation_runs: ReconciliationRunTable;
  payment_reconciliation_differences: ReconciliationDifferenceTable;
}
