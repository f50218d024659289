/** The motor vehicle register (机动车) of the traffic platform. */
import { LARGE, LARGE_COLORS, SMALL_FUEL, SMALL_NEW_ENERGY, SMALL_COLORS, newEnergyShare } from './catalog.js';
import { addMonths, addYears, dayOf, formatDay, yearOf, type Day } from './dates.js';
import type { OwnershipPlan } from './ownership.js';
import { PLATE_LETTERS, formatPlate, plateKey } from './plates.js';
import type { SeedRandom, Weighted } from './random.js';
import type { Person, PlateType, Vehicle } from './types.js';

const PLATE_PREFIX = '豫K';
const FIRST_REGISTRATION = dayOf('2006-01-01');
const LETTERS = [...PLATE_LETTERS];
const LETTER_COUNTS: Weighted<number> = [[0, 20], [1, 50], [2, 30]];

export function generateVehicles(random: SeedRandom, persons: readonly Person[], plan: OwnershipPlan, referenceDate: string): Vehicle[] {
  const today = dayOf(referenceDate);
  const fleet = new Set(plan.fleetOwners);
  const plates = new Set<string>();
  const vehicles: Vehicle[] = [];
  persons.forEach((owner, index) => {
    for (let n = 0; n < plan.counts[index]; n++) {
      vehicles.push(makeVehicle(random, owner, fleet.has(index), today, plates));
    }
  });
  return vehicles;
}

function makeVehicle(random: SeedRandom, owner: Person, fleetOwner: boolean, today: Day, plates: Set<string>): Vehicle {
  const from = Math.max(addYears(dayOf(owner.birthDate), 18), FIRST_REGISTRATION);
  const registered = random.int(from, Math.max(from, today - 7));
  const large = random.chance(fleetOwner ? 0.3 : 0.01);
  const newEnergy = !large && random.chance(newEnergyShare(yearOf(registered)));
  const car = random.weighted(large ? LARGE : newEnergy ? SMALL_NEW_ENERGY : SMALL_FUEL);
  const plateType: PlateType = large ? '01' : newEnergy ? '52' : '02';
  const serial = newEnergy ? newEnergySerial(random, car.energy ?? 'D') : ordinarySerial(random);
  const plate = uniquePlate(plates, serial, () => (newEnergy ? newEnergySerial(random, car.energy ?? 'D') : ordinarySerial(random)));
  const inspection = inspectionOf(random, registered, large, today);
  return {
    plate,
    plateType,
    brand: car.brand,
    model: car.model,
    color: random.weighted(large ? LARGE_COLORS : SMALL_COLORS),
    ownerIdNumber: owner.idNumber,
    ownerName: owner.name,
    registerDate: formatDay(registered),
    inspectionDue: formatDay(inspection.due),
    status: inspection.overdue ? 'Q' : random.chance(0.005) ? 'D' : 'A',
    isNewEnergy: newEnergy ? '1' : '0',
  };
}

function uniquePlate(used: Set<string>, first: string, next: () => string): string {
  let serial = first;
  while (used.has(plateKey(PLATE_PREFIX + serial))) serial = next();
  used.add(plateKey(PLATE_PREFIX + serial));
  return formatPlate(PLATE_PREFIX, serial);
}

/** 5 characters, at most 2 letters (never I/O); a single letter is usually in front. */
function ordinarySerial(random: SeedRandom): string {
  const chars = Array.from({ length: 5 }, () => String(random.int(0, 9)));
  const letters = random.weighted(LETTER_COUNTS);
  const positions = new Set<number>();
  if (letters === 1) positions.add(random.chance(0.7) ? 0 : random.int(1, 4));
  while (positions.size < letters) positions.add(random.int(0, 4));
  for (const position of positions) chars[position] = random.pick(LETTERS);
  return chars.join('');
}

/** Small new-energy: D/F, then a letter or digit, then 4 digits. */
function newEnergySerial(random: SeedRandom, energy: 'D' | 'F'): string {
  const second = random.chance(0.3) ? random.pick(LETTERS) : String(random.int(0, 9));
  return energy + second + random.digits(4);
}

/**
 * Periodic inspection (机动车检验), simplified from the 2022 rules: private small cars every
 * 2 years for their first 10 years, yearly until 15, then every 6 months; large vehicles
 * yearly for 10 years, then every 6 months. A few owners are overdue (status Q).
 */
function inspectionOf(random: SeedRandom, registered: Day, large: boolean, today: Day): { due: Day; overdue: boolean } {
  const intervalAt = (age: number) => (large ? (age < 10 ? 12 : 6) : age < 10 ? 24 : age < 15 ? 12 : 6);
  let previous: Day | undefined;
  let due = addMonths(registered, intervalAt(0));
  while (due <= today) {
    previous = due;
    due = addMonths(due, intervalAt(yearOf(due) - yearOf(registered)));
  }
  if (previous !== undefined && random.chance(0.03)) return { due: previous, overdue: true };
  return { due, overdue: false };
}
