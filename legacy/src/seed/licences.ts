/** Driving licences (机动车驾驶证): every vehicle owner holds one, and some non-owners too. */
import { addYears, dayOf, formatDay } from './dates.js';
import type { SeedRandom } from './random.js';
import type { Licence, Person, Vehicle, Violation } from './types.js';

const NON_OWNER_HOLDERS = 0.3;
const BOOKED_TO_OWNER = 0.5;
const FOREVER = '2099-12-31';

export function generateLicences(
  random: SeedRandom,
  persons: readonly Person[],
  vehiclesByOwner: ReadonlyMap<string, readonly Vehicle[]>,
  violationsByPlate: ReadonlyMap<string, readonly Violation[]>,
  referenceDate: string,
): Licence[] {
  const today = dayOf(referenceDate);
  const cycleStart = formatDay(today - 365);
  const fileNumbers = new Set<string>();
  const licences: Licence[] = [];
  for (const person of persons) {
    const owned = vehiclesByOwner.get(person.idNumber) ?? [];
    if (owned.length === 0 && !random.chance(NON_OWNER_HOLDERS)) continue;
    const adult = addYears(dayOf(person.birthDate), 18);
    const firstCar = owned.reduce<string | undefined>((min, v) => (min === undefined || v.registerDate < min ? v.registerDate : min), undefined);
    const latest = firstCar ? dayOf(firstCar) : today - 30;
    const issued = random.int(adult, Math.max(adult, latest));
    const held = (today - issued) / 365.25;
    // First licence 6 years, first renewal 10 years, then long-term.
    const validUntil = held < 6 ? formatDay(addYears(issued, 6)) : held < 16 ? formatDay(addYears(issued, 16)) : FOREVER;
    const points = owned
      .flatMap((v) => violationsByPlate.get(v.plate) ?? [])
      // Violations processed by someone else driving the car are booked to that driver.
      .filter((v) => v.status !== '0' && v.occurredAt >= cycleStart && random.chance(BOOKED_TO_OWNER))
      .reduce((sum, v) => sum + v.points, 0);
    licences.push({
      licenceNumber: person.idNumber,
      fileNumber: uniqueFileNumber(random, fileNumbers),
      name: person.name,
      vehicleClass: owned.some((v) => v.plateType === '01') ? (random.chance(0.3) ? 'A2' : 'B2') : random.chance(0.15) ? 'C2' : 'C1',
      issueDate: formatDay(issued),
      validUntil,
      points: Math.min(points, 12),
      status: points >= 12 ? 'B' : 'A',
    });
  }
  return licences;
}

function uniqueFileNumber(random: SeedRandom, used: Set<string>): string {
  for (;;) {
    const fileNumber = `4110${random.digits(8)}`;
    if (!used.has(fileNumber)) {
      used.add(fileNumber);
      return fileNumber;
    }
  }
}
