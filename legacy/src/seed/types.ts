/** Records of the seeded legacy databases. Field names follow the WSDLs (tender 2.6.1.1 camelCase). */

export interface Person {
  /** 18-digit GB 11643 citizen ID number. */
  idNumber: string;
  name: string;
  /** GB/T 2261.1: "1" male, "2" female; matches the ID number's 17th digit parity. */
  gender: '1' | '2';
  ethnicity: string;
  /** YYYY-MM-DD, the same date as in the ID number. */
  birthDate: string;
  address: string;
  /** 11-digit mainland mobile number. */
  phone: string;
  /** Hex sha256 of fakePhoto(idNumber). */
  photoDigest: string;
}

/** 01 large (yellow), 02 small (blue), 52 small new-energy (green). GA 24.7 號牌種類 codes. */
export type PlateType = '01' | '02' | '52';

export interface Vehicle {
  /** e.g. 豫K·A8B36 (5 serial characters) or 豫K·D12345 (new energy, 6). */
  plate: string;
  plateType: PlateType;
  brand: string;
  model: string;
  color: string;
  ownerIdNumber: string;
  ownerName: string;
  registerDate: string;
  inspectionDue: string;
  /** A normal, Q inspection overdue, D laid up (停驶). */
  status: 'A' | 'Q' | 'D';
  isNewEnergy: '1' | '0';
}

export interface Violation {
  violationId: string;
  plate: string;
  /** ISO 8601 with +08:00. */
  occurredAt: string;
  place: string;
  behaviorCode: string;
  behavior: string;
  points: 0 | 1 | 3 | 6 | 9 | 12;
  /** Yuan. */
  fineAmount: 50 | 100 | 150 | 200;
  /** 0 unprocessed, 1 processed but not paid, 2 paid. */
  status: '0' | '1' | '2';
  agency: string;
  /** 处罚决定书编号 of a processed violation (status 1 or 2): region code + year of the decision + sequence, 16 digits. */
  decisionNumber?: string;
  /** YYYY-MM-DD (Beijing), the day of the penalty decision: the 15 days to pay before a late fee count from it. */
  decidedAt?: string;
}

export interface Licence {
  /** The holder's ID number. */
  licenceNumber: string;
  /** 12-digit 档案编号. */
  fileNumber: string;
  name: string;
  vehicleClass: 'A2' | 'B2' | 'C1' | 'C2';
  /** First issue date (初次领证日期). */
  issueDate: string;
  /** 2099-12-31 stands for 长期 (no expiry). */
  validUntil: string;
  /** Points accumulated in the current 12-month scoring cycle. */
  points: number;
  /** A normal, B points reached 12 (超分). */
  status: 'A' | 'B';
}

export interface SeedOptions {
  seed: number;
  persons: number;
  vehicles: number;
  /** The seeded world's "today" (YYYY-MM-DD); fixed so the data is the same every run. */
  referenceDate: string;
}

export interface SeedData {
  readonly options: Readonly<SeedOptions>;
  readonly persons: readonly Person[];
  readonly vehicles: readonly Vehicle[];
  readonly violations: readonly Violation[];
  readonly licences: readonly Licence[];
  /** A fixed citizen with >= 5 vehicles, >= 1 unprocessed violation and a normal licence. */
  demoCitizen(): Person;
  /** Citizens owning at least `min` vehicles, in seed order. */
  citizensWithVehicles(min: number): Person[];
  personById(idNumber: string): Person | undefined;
  vehiclesByOwner(idNumber: string): readonly Vehicle[];
  /** Accepts the plate with or without the middle dot, any case. */
  vehicleByPlate(plate: string): Vehicle | undefined;
  violationsByPlate(plate: string): readonly Violation[];
  violationById(violationId: string): Violation | undefined;
  licenceById(idNumber: string): Licence | undefined;
  countByName(name: string): number;
  /** ID numbers on the wanted list (~0.3% of persons, at least one, never the demo citizen), sorted. */
  fugitives(): readonly string[];
}
