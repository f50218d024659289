/** Traffic violation records (交通违法记录) within the two years before the reference date. */
import { BEHAVIORS, type Behavior } from './behaviors.js';
import { beijingDateTime, dayOf, yearOf, type Day } from './dates.js';
import { penaltyDecision } from './decisions.js';
import type { SeedRandom, Weighted } from './random.js';
import { CITY_AGENCIES, CITY_ROADS, HIGHWAYS, HIGHWAY_AGENCY, REGIONS } from './regions.js';
import type { Vehicle, Violation } from './types.js';

const HAS_VIOLATIONS = 0.35;
const COUNTS: Weighted<number> = [[1, 40], [2, 25], [3, 15], [4, 8], [5, 5], [6, 3], [7, 2], [8, 2]];
const WINDOW_DAYS = 730;
const CITY_DISTRICTS = ['魏都区', '魏都区', '建安区', '东城区'];

export class ViolationFactory {
  private sequence = 0;
  private readonly today: Day;

  constructor(private readonly random: SeedRandom, referenceDate: string) {
    this.today = dayOf(referenceDate);
  }

  generate(vehicles: readonly Vehicle[]): Violation[] {
    const out: Violation[] = [];
    for (const vehicle of vehicles) {
      if (!this.random.chance(HAS_VIOLATIONS)) continue;
      const count = this.random.weighted(COUNTS);
      for (let i = 0; i < count; i++) out.push(this.make(vehicle, this.random.weighted(BEHAVIORS)));
    }
    return out;
  }

  /** One violation; `recentUnprocessed` forces a fresh, unprocessed one (demo data). */
  make(vehicle: Vehicle, behavior: Behavior, recentUnprocessed = false): Violation {
    const random = this.random;
    const from = Math.max(dayOf(vehicle.registerDate), this.today - WINDOW_DAYS);
    const day = recentUnprocessed ? this.today - random.int(3, 20) : random.int(from, Math.max(from, this.today - 1));
    return this.record(vehicle, behavior, day, (age) => (recentUnprocessed ? '0' : statusFor(random, age)));
  }

  /** A processed, unpaid violation on `day` whose penalty was decided on `decidedDay` (demo data). */
  makeUnpaid(vehicle: Vehicle, behavior: Behavior, day: Day, decidedDay: Day): Violation {
    return this.record(vehicle, behavior, day, () => '1', decidedDay);
  }

  /** Draws from the stream in the order the records have always been made: place, time of day, status. */
  private record(vehicle: Vehicle, behavior: Behavior, day: Day, statusOf: (ageDays: number) => Violation['status'], decidedDay?: Day): Violation {
    const random = this.random;
    const { place, agency, regionCode } = this.placeOf(vehicle, behavior);
    this.sequence++;
    const violationId = `${regionCode}${String(yearOf(day)).slice(2)}${String(this.sequence).padStart(8, '0')}`;
    const occurredAt = beijingDateTime(day, random.weighted(HOURS), random.int(0, 59), random.int(0, 59));
    const status = statusOf(this.today - day);
    return {
      violationId,
      plate: vehicle.plate,
      occurredAt,
      place,
      behaviorCode: behavior.code,
      behavior: behavior.text,
      points: behavior.points,
      fineAmount: behavior.fine,
      status,
      agency,
      ...(status === '0' ? {} : penaltyDecision(violationId, day, this.today, decidedDay)),
    };
  }

  private placeOf(vehicle: Vehicle, behavior: Behavior): { place: string; agency: string; regionCode: string } {
    const random = this.random;
    if (behavior.road === 'highway') {
      const highway = random.pick(HIGHWAYS);
      return { place: `${highway.name}K${random.int(highway.from, highway.to)}+${random.int(0, 9)}00`, agency: HIGHWAY_AGENCY, regionCode: '411000' };
    }
    const home = REGIONS.find((r) => vehicle.ownerIdNumber.startsWith(r.code));
    if (!home || home.code === '411002' || random.chance(0.6)) {
      const [a, b] = twoDifferent(random, CITY_ROADS);
      const district = random.pick(CITY_DISTRICTS);
      const place = behavior.code === '1039' ? `许昌市${district}${a}${random.int(1, 300)}号附近` : `许昌市${district}${a}与${b}交叉口`;
      return { place, agency: random.pick(CITY_AGENCIES), regionCode: '411002' };
    }
    const [a, b] = twoDifferent(random, home.streets);
    const prefix = home.district.endsWith('区') ? `许昌市${home.district}` : home.district;
    return { place: `${prefix}${a}与${b}交叉口`, agency: home.agency, regionCode: home.code };
  }
}

/** Rush hours and daytime dominate; almost nothing recorded between 1 and 6 am. */
const HOURS: Weighted<number> = Array.from({ length: 24 }, (_, h) => [h, h < 6 ? 1 : h === 7 || h === 8 || h === 17 || h === 18 ? 12 : h < 22 ? 7 : 3] as const);

/** Older records are mostly settled; recent ones are often still open. */
const OLD_STATUSES: Weighted<Violation['status']> = [['2', 85], ['1', 10], ['0', 5]];
const RECENT_STATUSES: Weighted<Violation['status']> = [['0', 50], ['1', 20], ['2', 30]];

function statusFor(random: SeedRandom, ageDays: number): Violation['status'] {
  return random.weighted(ageDays > 90 ? OLD_STATUSES : RECENT_STATUSES);
}

function twoDifferent(random: SeedRandom, items: readonly string[]): [string, string] {
  const a = random.pick(items);
  let b = random.pick(items);
  while (b === a) b = random.pick(items);
  return [a, b];
}
