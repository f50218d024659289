import type { CallContext } from '../call-context.js';

/** A motor vehicle on the provincial traffic management platform (省交管综合应用平台). */
export interface Vehicle {
  /** As the platform writes it, e.g. 豫K·A8B36. */
  plate: string;
  plateType: string;
  brand: string;
  model: string;
  color: string;
  ownerIdNumber: string;
  registeredOn: string;
  inspectionDue: string;
  status: string;
  newEnergy: boolean;
}

export type ViolationStatus = 'UNPROCESSED' | 'PROCESSED' | 'PAID';

export interface Violation {
  id: string;
  plate: string;
  occurredAt: string;
  place: string;
  behaviorCode: string;
  behavior: string;
  points: number;
  fineYuan: number;
  status: ViolationStatus;
  agency: string;
  /** 处罚决定书编号: present once the violation is processed (PROCESSED or PAID). */
  decisionNumber?: string;
  /** YYYY-MM-DD (Beijing), the day of the penalty decision: the late fee counts from it (late-fee.ts). */
  decidedAt?: string;
}

/** A fine paid at the payment centre, as the platform is told of it (缴款回写). */
export interface FinePayment {
  violationId: string;
  /** Fine + late fee as of the Beijing day of `paidAt`, in fen: the platform refuses any other amount. */
  amountFen: number;
  /** The payment order's number: the same payment sent again is answered, not recorded twice. */
  orderNumber: string;
  /** ISO 8601 with offset: when the channel says it was paid. */
  paidAt: string;
}

/** The payment as the platform recorded it (the first recording, when the same order is sent again). */
export interface FinePaymentReceipt {
  violationId: string;
  plate: string;
  /** 缴款凭证号. */
  receiptNumber: string;
  orderNumber: string;
  amountFen: number;
  paidAt: string;
}

/** A driving licence (机动车驾驶证). */
export interface LicenceRecord {
  /** The holder's ID number. */
  licenceNumber: string;
  /** 12-digit 档案编号. */
  fileNumber: string;
  vehicleClass: string;
  issueDate: string;
  validUntil: string;
  points: number;
  /** A normal, B points reached 12. */
  status: string;
}

/** The traffic platform: vehicles and violations for the traffic subgraph, licences and ownership checks for identity. */
export interface TrafficGateway {
  /** One owner's vehicles (the platform answers one owner per call). */
  vehiclesByOwner(idNumber: string, ctx: CallContext): Promise<Vehicle[]>;
  /** Vehicles by plate, in one platform call; unknown plates are absent. */
  vehiclesByPlates(plates: readonly string[], ctx: CallContext): Promise<Map<string, Vehicle>>;
  /** Violations per plate, in one platform call; every requested plate is in the map. */
  violationsByPlates(plates: readonly string[], ctx: CallContext): Promise<Map<string, Violation[]>>;
  /** Null when the person holds no licence. */
  drivingLicence(idNumber: string, ctx: CallContext): Promise<LicenceRecord | null>;
  /**
   * Tells the platform a fine was paid; never cached, safe to repeat with the same order number. A refusal
   * throws `FinePaymentRefused` (its `reason` is the platform's code); a malformed value BAD_USER_INPUT.
   */
  payViolationFine(payment: FinePayment, ctx: CallContext): Promise<FinePaymentReceipt>;
}
