/**
 * Payments written back by recordViolationPayment, per violation, in memory: the seed is shared and read-only,
 * so a payment is kept beside it and overlays the violation's status. reset() forgets them (the seeded
 * statuses come back), as it forgets sessions.
 */
import { createHash } from 'node:crypto';

export interface RecordedPayment {
  violationId: string;
  plate: string;
  /** 缴款凭证号: the paid day (YYYYMMDD) and 12 digits derived from violation and order, so re-recording repeats it. */
  receiptNumber: string;
  orderNumber: string;
  /** Fen. */
  paidAmount: number;
  paidAt: string;
}

export class PaymentLedger {
  private readonly payments = new Map<string, RecordedPayment>();

  get(violationId: string): RecordedPayment | undefined {
    return this.payments.get(violationId);
  }

  record(payment: Omit<RecordedPayment, 'receiptNumber'>, paidOn: string): RecordedPayment {
    const digits = BigInt(`0x${createHash('sha256').update(`receipt:${payment.violationId}:${payment.orderNumber}`).digest('hex').slice(0, 15)}`);
    const receiptNumber = `${paidOn.replaceAll('-', '')}${String(digits % 10n ** 12n).padStart(12, '0')}`;
    const recorded = { ...payment, receiptNumber };
    this.payments.set(payment.violationId, recorded);
    return recorded;
  }

  clear(): void {
    this.payments.clear();
  }
}
