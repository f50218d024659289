/** Seed records -> response elements, in the XSD sequence order. */
import type { Licence, Vehicle, Violation } from '../../seed/index.js';
import type { RecordedPayment } from './payments.js';

export const vehicleXml = (v: Vehicle) => ({
  plate: v.plate,
  plateType: v.plateType,
  brand: v.brand,
  model: v.model,
  color: v.color,
  ownerIdNumber: v.ownerIdNumber,
  ownerName: v.ownerName,
  registerDate: v.registerDate,
  inspectionDue: v.inspectionDue,
  status: v.status,
  isNewEnergy: v.isNewEnergy,
});

/** A written-back payment shows as status 2, as the platform's own records would. */
export const violationXml = (v: Violation, payment?: RecordedPayment) => ({
  violationId: v.violationId,
  plate: v.plate,
  occurredAt: v.occurredAt,
  place: v.place,
  behaviorCode: v.behaviorCode,
  behavior: v.behavior,
  points: v.points,
  fineAmount: v.fineAmount,
  status: payment ? '2' : v.status,
  agency: v.agency,
  ...(v.decisionNumber ? { decisionNumber: v.decisionNumber, decidedAt: v.decidedAt } : {}),
});

export const paymentXml = (p: RecordedPayment) => ({
  violationId: p.violationId,
  plate: p.plate,
  receiptNumber: p.receiptNumber,
  orderNumber: p.orderNumber,
  paidAmount: p.paidAmount,
  paidAt: p.paidAt,
});

export const licenceXml = (l: Licence) => ({
  licenceNumber: l.licenceNumber,
  fileNumber: l.fileNumber,
  name: l.name,
  vehicleClass: l.vehicleClass,
  issueDate: l.issueDate,
  validUntil: l.validUntil,
  points: l.points,
  status: l.status,
});
