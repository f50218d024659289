/**
 * The seeded world behind the stand-ins: persons, vehicles, violations, licences and their
 * indexes. Deterministic for a given SeedOptions; built once per options and shared.
 */
import { BEHAVIORS } from './behaviors.js';
import { dayOf } from './dates.js';
import { addDemoFines } from './demo-fines.js';
import { buildLookups, groupBy } from './lookups.js';
import { selectFugitives } from './fugitives.js';
import { planOwnership } from './ownership.js';
import { generatePersons } from './persons.js';
import { generateLicences } from './licences.js';
import { plateKey } from './plates.js';
import { SeedRandom } from './random.js';
import type { Person, SeedData, SeedOptions, Vehicle, Violation } from './types.js';
import { generateVehicles } from './vehicles.js';
import { ViolationFactory } from './violations.js';

export type { Licence, Person, PlateType, SeedData, SeedOptions, Vehicle, Violation } from './types.js';
export { fakePhoto, photoDigest } from './photo.js';
export { isValidIdNumber, checkCharacter } from './id-number.js';
export { isValidPlate, plateKey } from './plates.js';

export const DEFAULT_SEED_OPTIONS: SeedOptions = { seed: 411000, persons: 10_000, vehicles: 20_000, referenceDate: '2026-11-01' };

const cache = new Map<string, SeedData>();

/** Builds (or returns the already built) seed data; the result must be treated as read-only. */
export function buildSeed(overrides: Partial<SeedOptions> = {}): SeedData {
  const options = { ...DEFAULT_SEED_OPTIONS, ...overrides };
  const key = JSON.stringify([options.seed, options.persons, options.vehicles, options.referenceDate]);
  let seed = cache.get(key);
  if (!seed) {
    seed = generateSeed(options);
    cache.set(key, seed);
  }
  return seed;
}

/** Always generates anew (buildSeed is the cached way in). */
export function generateSeed(options: SeedOptions): SeedData {
  if (options.persons < 100 || options.vehicles < 100) throw new RangeError('seed needs at least 100 persons and 100 vehicles');
  const random = new SeedRandom(options.seed);
  const persons = generatePersons(random, options.persons);
  const plan = planOwnership(random, persons, options.vehicles);
  const vehicles = generateVehicles(random, persons, plan, options.referenceDate);
  const factory = new ViolationFactory(random, options.referenceDate);
  const violations = factory.generate(vehicles);
  const vehiclesByOwner = groupBy(vehicles, (v) => v.ownerIdNumber);
  const licences = generateLicences(random, persons, vehiclesByOwner, groupBy(violations, (v) => v.plate), options.referenceDate);
  const licenceStatus = new Map(licences.map((l) => [l.licenceNumber, l.status]));

  // The demo citizen: the first fleet owner whose licence is in good standing.
  const demoIndex = plan.fleetOwners.find((i) => licenceStatus.get(persons[i].idNumber) === 'A') ?? plan.fleetOwners[0];
  const demo = persons[demoIndex];
  ensureUnprocessedViolation(demo, vehiclesByOwner.get(demo.idNumber) ?? [], violations, factory);
  addDemoFines(vehiclesByOwner.get(demo.idNumber) ?? [], violations, factory, dayOf(options.referenceDate));

  const lookups = buildLookups(persons, vehicles, violations, licences);
  const fugitives = Object.freeze(selectFugitives(persons, options.seed, demo.idNumber));
  const byPlate = (plate: string) => plateKey(plate);
  return {
    options: Object.freeze({ ...options }),
    persons,
    vehicles,
    violations,
    licences,
    demoCitizen: () => demo,
    citizensWithVehicles: (min) => persons.filter((p) => (lookups.vehiclesByOwner.get(p.idNumber)?.length ?? 0) >= min),
    personById: (id) => lookups.personById.get(id),
    vehiclesByOwner: (id) => lookups.vehiclesByOwner.get(id) ?? [],
    vehicleByPlate: (plate) => lookups.vehicleByPlate.get(byPlate(plate)),
    violationsByPlate: (plate) => lookups.violationsByPlate.get(byPlate(plate)) ?? [],
    violationById: (id) => lookups.violationById.get(id),
    licenceById: (id) => lookups.licenceById.get(id),
    countByName: (name) => lookups.countByName.get(name) ?? 0,
    fugitives: () => fugitives,
  };
}

/** Unprocessed violations do not count towards licence points, so adding one is safe here. */
function ensureUnprocessedViolation(owner: Person, owned: readonly Vehicle[], violations: Violation[], factory: ViolationFactory): void {
  const plates = new Set(owned.map((v) => v.plate));
  if (violations.some((v) => plates.has(v.plate) && v.status === '0')) return;
  const redLight = BEHAVIORS.find(([b]) => b.code === '1625')?.[0];
  if (!redLight) throw new Error('behaviour 1625 (red light) is missing from BEHAVIORS');
  const first = owned[0];
  if (!first) throw new Error(`demo citizen ${owner.idNumber} owns no vehicle`);
  violations.push(factory.make(first, redLight, true));
}
