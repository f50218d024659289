/**
 * recordViolationPayment (缴款回写): the payment centre tells the platform a fine was paid. Malformed values
 * are business failures (RESULT=1) like everywhere on the platform; refusals of a well-formed payment are
 * faults with their own codes (payment-faults.ts). The same order number again answers the payment
 * already recorded, so a caller that retries after a lost answer changes nothing.
 */
import { fail, ok, type SoapReply } from '../../framework/message.js';
import type { SeedData, Violation } from '../../seed/index.js';
import { beijingDateOf, lateFeeFen } from './late-fee.js';
import { paymentXml } from './map.js';
import { TRAFFIC_ERRORS as ERRORS } from './messages.js';
import { alreadyPaid, amountMismatch, violationNotFound, violationUnprocessed } from './payment-faults.js';
import type { PaymentLedger } from './payments.js';

export interface ViolationPayment {
  violationId: string;
  paidAmount: number;
  orderNumber: string;
  paidAt: string;
}

const VIOLATION_ID = /^\d{16}$/;
const ORDER_NUMBER = /^[A-Za-z0-9_-]{1,64}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** Fine plus late fee as of the Beijing day of the payment, in fen. */
export function amountDueFen(violation: Violation, paidAt: string): number {
  const fineFen = violation.fineAmount * 100;
  return fineFen + (violation.decidedAt ? lateFeeFen(fineFen, violation.decidedAt, beijingDateOf(paidAt)) : 0);
}

export function recordViolationPayment(seed: SeedData, ledger: PaymentLedger, payment: ViolationPayment): SoapReply {
  const { violationId, paidAmount, orderNumber, paidAt } = payment;
  if (!VIOLATION_ID.test(violationId)) return fail(ERRORS.badViolationId);
  if (!Number.isSafeInteger(paidAmount) || paidAmount <= 0) return fail(ERRORS.badPaidAmount);
  if (!ORDER_NUMBER.test(orderNumber)) return fail(ERRORS.badOrderNumber);
  if (!INSTANT.test(paidAt) || !Number.isFinite(Date.parse(paidAt))) return fail(ERRORS.badPaidAt);

  const violation = seed.violationById(violationId);
  if (!violation) throw violationNotFound();
  if (violation.status === '0') throw violationUnprocessed();
  const recorded = ledger.get(violationId);
  if (recorded) {
    if (recorded.orderNumber === orderNumber) return ok(paymentXml(recorded));
    throw alreadyPaid();
  }
  if (violation.status === '2') throw alreadyPaid();
  const due = amountDueFen(violation, paidAt);
  if (paidAmount !== due) throw amountMismatch(due);
  return ok(paymentXml(ledger.record({ violationId, plate: violation.plate, orderNumber, paidAmount, paidAt }, beijingDateOf(paidAt))));
}
