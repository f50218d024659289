/** Indexes over the seeded records, built once per seed. */
import { plateKey } from './plates.js';
import type { Licence, Person, Vehicle, Violation } from './types.js';

export interface Lookups {
  personById: Map<string, Person>;
  vehiclesByOwner: Map<string, Vehicle[]>;
  vehicleByPlate: Map<string, Vehicle>;
  violationsByPlate: Map<string, Violation[]>;
  violationById: Map<string, Violation>;
  licenceById: Map<string, Licence>;
  countByName: Map<string, number>;
}

export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}

export function buildLookups(persons: readonly Person[], vehicles: readonly Vehicle[], violations: readonly Violation[], licences: readonly Licence[]): Lookups {
  const violationsByPlate = groupBy(violations, (v) => plateKey(v.plate));
  // Newest first, as the platform lists them.
  for (const list of violationsByPlate.values()) list.sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  const countByName = new Map<string, number>();
  for (const person of persons) countByName.set(person.name, (countByName.get(person.name) ?? 0) + 1);
  return {
    personById: new Map(persons.map((p) => [p.idNumber, p])),
    vehiclesByOwner: groupBy(vehicles, (v) => v.ownerIdNumber),
    vehicleByPlate: new Map(vehicles.map((v) => [plateKey(v.plate), v])),
    violationsByPlate,
    violationById: new Map(violations.map((v) => [v.violationId, v])),
    licenceById: new Map(licences.map((l) => [l.licenceNumber, l])),
    countByName,
  };
}
