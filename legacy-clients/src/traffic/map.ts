import type { LicenceRecord, Vehicle, Violation, ViolationStatus } from './traffic-gateway.js';

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
});

export const toLicence = (x: LicenceXml): LicenceRecord => ({
  licenceNumber: String(x.licenceNumber),
  fileNumber: String(x.fileNumber),
  vehicleClass: String(x.vehicleClass ?? ''),
  issueDate: String(x.issueDate ?? ''),
  validUntil: String(x.validUntil ?? ''),
  points: Number(x.points ?? 0),
  status: String(x.status ?? ''),
});
