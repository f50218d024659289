/**
 * The traffic platform's recorded calls around fine payments: violations carrying their penalty decision, and
 * recordViolationPayment. Its own request ids, so recording traffic alone (record-samples.ts traffic) writes the
 * same files as recording everything. Amounts are fen, paid on the reference date (seed/demo-fines.ts: the
 * 100 yuan fine was decided 20 days before it, so 5 days of late fee, 15 yuan, are due).
 */
import type { SeedData } from '../src/index.js';
import { EXPIRED_SESSION_KEY, type SampleCase } from './sample-cases.js';

export function finePaymentSampleCases(seed: SeedData): SampleCase[] {
  const demo = seed.demoCitizen();
  const violations = seed.vehiclesByOwner(demo.idNumber).flatMap((v) => seed.violationsByPlate(v.plate));
  const lateFine = violations.find((v) => v.status === '1' && v.fineAmount === 100);
  const seededPaid = violations.find((v) => v.status === '2');
  const unprocessed = violations.find((v) => v.status === '0');
  if (!lateFine || !seededPaid || !unprocessed) throw new Error('the demo citizen lacks an unpaid, a paid or an unprocessed violation');

  let n = 0;
  const head = (sessionKey: string) => ({ sysCode: 'JT-SAMPLE', requestId: `sample-fine-${String(++n).padStart(4, '0')}`, sessionKey });
  const kase = (operation: string, name: string, description: string, body: object, more: Partial<SampleCase> = {}): SampleCase => ({
    system: 'traffic',
    operation,
    case: name,
    description,
    args: (k) => ({ head: head(k), body }),
    ...more,
  });
  const paidAt = `${seed.options.referenceDate}T10:30:00+08:00`;
  const payment = (violationId: string, paidAmount: number, orderNumber: string) => ({ violationId, paidAmount, orderNumber, paidAt });
  const lateFinePayment = payment(lateFine.violationId, 11_500, 'PAY202611010001');

  return [
    kase('queryViolationsByPlates', 'unpaid-fines', 'unpaid fines with their penalty decisions (decisionNumber, decidedAt)', { plate: [lateFine.plate] }),
    kase('recordViolationPayment', 'ok', 'fine and 5 days of late fee (100 + 15 yuan): recorded', lateFinePayment),
    kase('recordViolationPayment', 'repeated', 'the same order again: the payment as first recorded', lateFinePayment, { given: ['recordViolationPayment__ok'] }),
    kase('recordViolationPayment', 'already-paid', 'a fine paid before, another order: ALREADY_PAID fault', payment(seededPaid.violationId, seededPaid.fineAmount * 100, 'PAY202611010002')),
    kase('recordViolationPayment', 'amount-mismatch', 'the fine without its late fee: AMOUNT_MISMATCH fault with expectedAmount', payment(lateFine.violationId, 10_000, 'PAY202611010003')),
    kase('recordViolationPayment', 'unprocessed', 'an unprocessed violation: VIOLATION_UNPROCESSED fault', payment(unprocessed.violationId, unprocessed.fineAmount * 100, 'PAY202611010004')),
    kase('recordViolationPayment', 'business-error', 'a malformed paidAt: RESULT=1', { ...lateFinePayment, paidAt: '2026-11-01 10:30' }),
    kase('recordViolationPayment', 'session-invalid', 'expired (unknown) sessionKey: SESSION_INVALID fault', lateFinePayment, { args: () => ({ head: head(EXPIRED_SESSION_KEY), body: lateFinePayment }) }),
  ];
}
