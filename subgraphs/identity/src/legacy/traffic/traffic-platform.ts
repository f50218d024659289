import type { CallContext } from '../soap-reply.js';

/** A driving licence on the traffic platform (机动车驾驶证). */
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

/** What identity needs of a vehicle: whose it is. */
export interface VehicleOwnership {
  /** As the platform writes it, e.g. 豫K·A8B36. */
  plate: string;
  ownerIdNumber: string;
}

/** The provincial traffic platform as identity sees it: checking what citizens bind. */
export interface TrafficPlatform {
  drivingLicence(idNumber: string, ctx: CallContext): Promise<LicenceRecord | null>;
  /** Keyed by the platform's plate; unknown plates are absent. */
  vehiclesByPlates(plates: readonly string[], ctx: CallContext): Promise<Map<string, VehicleOwnership>>;
  vehiclesByOwner(idNumber: string, ctx: CallContext): Promise<VehicleOwnership[]>;
}
