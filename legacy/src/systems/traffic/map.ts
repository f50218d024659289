/** Seed records -> response elements, in the XSD sequence order. */
import type { Licence, Vehicle, Violation } from '../../seed/index.js';

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

export const violationXml = (v: Violation) => ({
  violationId: v.violationId,
  plate: v.plate,
  occurredAt: v.occurredAt,
  place: v.place,
  behaviorCode: v.behaviorCode,
  behavior: v.behavior,
  points: v.points,
  fineAmount: v.fineAmount,
  status: v.status,
  agency: v.agency,
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
