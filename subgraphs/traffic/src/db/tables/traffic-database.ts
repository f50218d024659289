import type { AuditDatabase, AuditIntegrityDatabase, JobDatabase } from '@jingtong/kit';
import type { FinePaymentTable } from './fine-payment.table.js';

/** The platform owns vehicles and violations: traffic keeps fines being paid online, its audit trail and its jobs. */
export interface TrafficDatabase extends AuditDatabase, AuditIntegrityDatabase, JobDatabase {
  fine_payments: FinePaymentTable;
}
