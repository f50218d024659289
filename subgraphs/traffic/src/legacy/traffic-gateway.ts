/** The provincial traffic management platform (省交管综合应用平台) as this subgraph sees it. */
export interface Vehicle {
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
}

export interface CallContext {
  requestId: string;
  /** Told when a value is a stale copy served because the platform failed. */
  markStale?: (source: string) => void;
}

export interface TrafficGateway {
  /** Vehicles per owner ID number; every requested owner is in the map (maybe with []). */
  vehiclesByOwners(idNumbers: readonly string[], ctx: CallContext): Promise<Map<string, Vehicle[]>>;
  /** Vehicles by plate; unknown plates are absent. */
  vehiclesByPlates(plates: readonly string[], ctx: CallContext): Promise<Map<string, Vehicle>>;
  /** Violations per plate, in one platform call; every requested plate is in the map. */
  violationsByPlates(plates: readonly string[], ctx: CallContext): Promise<Map<string, Violation[]>>;
}
