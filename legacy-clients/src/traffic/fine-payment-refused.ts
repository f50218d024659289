/**
 * The traffic platform refused a payment write-back (缴款回写) with one of its refusal codes: an expected
 * business outcome that the fulfilment job maps to its own handling (stop retrying, show the order to an
 * officer, rebuild an order whose late fee went stale), never a legacy outage to retry.
 */
export const FINE_PAYMENT_REFUSALS = ['VIOLATION_NOT_FOUND', 'VIOLATION_UNPROCESSED', 'ALREADY_PAID', 'AMOUNT_MISMATCH'] as const;

export type FinePaymentRefusal = (typeof FINE_PAYMENT_REFUSALS)[number];

export class FinePaymentRefused extends Error {
  constructor(
    readonly reason: FinePaymentRefusal,
    readonly violationId: string,
    /** The platform's own text (Chinese), for the console and logs. */
    readonly platformMessage: string,
    /** AMOUNT_MISMATCH only: what the platform wanted, in fen (fine + late fee as of the paid day). */
    readonly expectedFen?: number,
    options?: { cause?: unknown },
  ) {
    super(`the traffic platform refused the payment of violation ${violationId}: ${reason}`, options);
    this.name = 'FinePaymentRefused';
  }
}
