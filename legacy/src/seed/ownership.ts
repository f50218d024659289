/**
 * Who owns how many vehicles. A few dozen "fleet" owners (self-employed hauliers, small
 * businesses) hold 5-12 vehicles each; everyone else holds 0-4, most 0-2. The total always
 * equals the requested vehicle count.
 */
import type { SeedRandom, Weighted } from './random.js';
import type { Person } from './types.js';

export interface OwnershipPlan {
  /** counts[i] = vehicles owned by persons[i]. */
  counts: number[];
  /** Indexes of the fleet owners, in the order they were drawn. */
  fleetOwners: number[];
}

const PRIVATE_COUNTS: Weighted<number> = [[0, 15], [1, 25], [2, 28], [3, 18], [4, 14]];
const PRIVATE_MAX = 4;

export function planOwnership(random: SeedRandom, persons: readonly Person[], vehicles: number): OwnershipPlan {
  const counts = new Array<number>(persons.length).fill(0);
  const fleetOwners = drawFleetOwners(random, persons, vehicles);
  let total = 0;
  for (const index of fleetOwners) {
    counts[index] = random.int(5, 12);
    total += counts[index];
  }
  const isFleet = new Set(fleetOwners);
  const others = persons.map((_, i) => i).filter((i) => !isFleet.has(i));
  for (const index of others) {
    counts[index] = random.weighted(PRIVATE_COUNTS);
    total += counts[index];
  }
  // Nudge private owners up or down until the total matches exactly.
  for (let tries = 0; total !== vehicles; tries++) {
    const index = random.pick(others);
    const cap = tries > others.length * 20 ? Infinity : PRIVATE_MAX;
    if (total < vehicles && counts[index] < cap) {
      counts[index]++;
      total++;
    } else if (total > vehicles && counts[index] > 0) {
      counts[index]--;
      total--;
    }
  }
  return { counts, fleetOwners };
}

function drawFleetOwners(random: SeedRandom, persons: readonly Person[], vehicles: number): number[] {
  const wanted = Math.max(50, Math.round(persons.length * 0.006));
  // Never let fleets take more than ~40% of all vehicles (small test worlds).
  const count = Math.max(1, Math.min(wanted, Math.floor((vehicles * 0.4) / 8.5), persons.length - 1));
  const chosen = new Set<number>();
  while (chosen.size < count) {
    const index = random.int(0, persons.length - 1);
    // Business owners are adults of working age.
    if (persons[index].birthDate <= '1995-12-31') chosen.add(index);
  }
  return [...chosen];
}
