/**
 * Fines the demo citizen can pay (status 1, processed but not paid), one for each case a payment page must
 * show on the reference date: still inside the 15 days after the decision, carrying a late fee (加处罚款), and
 * with the late fee capped at the fine. Made after every other record, like the guaranteed unprocessed
 * violation, so no earlier seeded value changes. Their points are not on the demo's licence, which the
 * seed allows: a processed violation may be booked to whoever was driving.
 */
import { BEHAVIORS } from './behaviors.js';
import { dayOf, type Day } from './dates.js';
import type { Vehicle, Violation } from './types.js';
import type { ViolationFactory } from './violations.js';

interface PlannedFine {
  behaviorCode: string;
  occurredDaysAgo: number;
  decidedDaysAgo: number;
}

export const DEMO_FINES: readonly PlannedFine[] = [
  // 200 yuan, decided 4 days before the reference date: no late fee until day 16.
  { behaviorCode: '1625', occurredDaysAgo: 9, decidedDaysAgo: 4 },
  // 100 yuan, decided 20 days before: 5 days of late fee (15 yuan) on the reference date.
  { behaviorCode: '1039', occurredDaysAgo: 27, decidedDaysAgo: 20 },
  // 200 yuan, decided 60 days before: the late fee has reached the fine.
  { behaviorCode: '1301', occurredDaysAgo: 70, decidedDaysAgo: 60 },
];

export function addDemoFines(owned: readonly Vehicle[], violations: Violation[], factory: ViolationFactory, today: Day): void {
  const oldest = Math.max(...DEMO_FINES.map((f) => f.occurredDaysAgo));
  // Not the first vehicle: it carries the guaranteed unprocessed violation the existing samples show.
  const vehicle = owned.find((v, i) => i > 0 && dayOf(v.registerDate) <= today - oldest) ?? owned.find((v) => dayOf(v.registerDate) <= today - oldest);
  if (!vehicle) return;
  for (const fine of DEMO_FINES) {
    const behavior = BEHAVIORS.find(([b]) => b.code === fine.behaviorCode)?.[0];
    if (!behavior) throw new Error(`behaviour ${fine.behaviorCode} is missing from BEHAVIORS`);
    violations.push(factory.makeUnpaid(vehicle, behavior, today - fine.occurredDaysAgo, today - fine.decidedDaysAgo));
  }
}
