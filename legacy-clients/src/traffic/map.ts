import { faultOf, legacyFaultString } from '@jingtong/kit';
import { FINE_PAYMENT_REFUSALS, type FinePaymentRefusal } from './fine-payment-refused.js';
import type { FinePayment, FinePaymentReceipt, LicenceRecord, Vehicle, Violation, ViolationStatus } from './traffic-gateway.js';

/** The only place that knows the traffic platform's field names and codes. */
export interface VehicleXml {
  plate: string;
  plateType: string;
  brand: string;
  model: string;
  color: string;
  ownerIdNumber: string;
  ownerName?: string;
  registerDate: string;
  inspectionDue: string;
  status: string;
  isNewEnergy: string;
}

export interface ViolationXml {
  violationId: string;
  plate: string;
  occurredAt: string;
  place: string;
  behaviorCode: string;
  behavior: string;
  points: string | number;
  fineAmount: string | number;
  status: string;
  agency: string;
  decisionNumber?: string;
  decidedAt?: string;
}

export interface PaymentReceiptXml {
  violationId?: string;
  plate?: string;
  receiptNumber?: string;
  orderNumber?: string;
  paidAmount?: string | number;
  paidAt?: string;
}

export interface LicenceXml {
  licenceNumber: string;
  fileNumber: string;
  vehicleClass: string;
  issueDate: string;
  validUntil: string;
  points: string | number;
  status: string;
}

export const toVehicle = (x: VehicleXml): Vehicle => ({
  plate: String(x.plate),
  plateType: String(x.plateType),
  brand: String(x.brand ?? ''),
  model: String(x.model ?? ''),
  color: String(x.color ?? ''),
  ownerIdNumber: String(x.ownerIdNumber),
  registeredOn: String(x.registerDate ?? ''),
  inspectionDue: String(x.inspectionDue ?? ''),
  status: String(x.status ?? ''),
  newEnergy: String(x.isNewEnergy) === '1',
});

const STATUS: Record<string, ViolationStatus> = { '0': 'UNPROCESSED', '1': 'PROCESSED', '2': 'PAID' };

export const toViolation = (x: ViolationXml): Violation => ({
  id: String(x.violationId),
  plate: String(x.plate),
  occurredAt: String(x.occurredAt),
  place: String(x.place),
  behaviorCode: String(x.behaviorCode ?? ''),
  behavior: String(x.behavior),
  points: Number(x.points),
  fineYuan: Number(x.fineAmount),
  status: STATUS[String(x.status)] ?? 'UNPROCESSED',
  agency: String(x.agency ?? ''),
  ...(x.decisionNumber ? { decisionNumber: String(x.decisionNumber) } : {}),
  ...(x.decidedAt ? { decidedAt: String(x.decidedAt) } : {}),
});

/** The body of recordViolationPayment, in the WSDL's sequence order; paidAmount is fen. */
export const toPaymentXml = (p: FinePayment) => ({ violationId: p.violationId, paidAmount: p.amountFen, orderNumber: p.orderNumber, paidAt: p.paidAt });

/** Undefined when the answer lacks what makes it a receipt: the caller must not take that as paid. */
export const toReceipt = (x: PaymentReceiptXml | undefined): FinePaymentReceipt | undefined =>
  x?.receiptNumber && x.violationId
    ? {
        violationId: String(x.violationId),
        plate: String(x.plate ?? ''),
        receiptNumber: String(x.receiptNumber),
        orderNumber: String(x.orderNumber ?? ''),
        amountFen: Number(x.paidAmount),
        paidAt: String(x.paidAt ?? ''),
      }
    : undefined;

const REFUSALS = new Set<string>(FINE_PAYMENT_REFUSALS);

/** A payment refusal: a soap:Client fault whose faultstring is one of the platform's codes; undefined for any other failure. */
export function paymentRefusalOf(error: unknown): { reason: FinePaymentRefusal; message: string; expectedFen?: number } | undefined {
  const reason = legacyFaultString(error);
  if (!reason || !REFUSALS.has(reason)) return undefined;
  const fault = faultOf((error as { originalError?: unknown }).originalError) as { detail?: { message?: unknown; expectedAmount?: unknown } } | undefined;
  const expected = Number(fault?.detail?.expectedAmount);
  return {
    reason: reason as FinePaymentRefusal,
    message: String(fault?.detail?.message ?? ''),
    ...(Number.isSafeInteger(expected) && expected > 0 ? { expectedFen: expected } : {}),
  };
}

export const toLicence = (x: LicenceXml): LicenceRecord => ({
  licenceNumber: String(x.licenceNumber),
  fileNumber: String(x.fileNumber),
  vehicleClass: String(x.vehicleClass ?? ''),
  issueDate: String(x.issueDate ?? ''),
  validUntil: String(x.validUntil ?? ''),
  points: Number(x.points ?? 0),
  status: String(x.status ?? ''),
});
