/**
 * The one source of randomness for seeding: faker with a fixed seed and the zh_CN locale.
 * Same seed + same faker version = same data (faker is pinned by the lockfile).
 */
import { Faker, base, zh_CN } from '@faker-js/faker';

export type Weighted<T> = readonly (readonly [T, number])[];

const cumulativeWeights = new WeakMap<object, number[]>();

export class SeedRandom {
  readonly faker: Faker;

  constructor(seed: number) {
    this.faker = new Faker({ locale: [zh_CN, base], seed });
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return this.faker.number.int({ min, max });
  }

  chance(probability: number): boolean {
    return this.faker.number.float({ min: 0, max: 1 }) < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  weighted<T>(items: Weighted<T>): T {
    let cumulative = cumulativeWeights.get(items);
    if (!cumulative) {
      let sum = 0;
      cumulative = items.map(([, weight]) => (sum += weight));
      cumulativeWeights.set(items, cumulative);
    }
    const target = this.faker.number.float({ min: 0, max: cumulative[cumulative.length - 1] });
    let index = 0;
    while (index < cumulative.length - 1 && cumulative[index] <= target) index++;
    return items[index][0];
  }

  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) out += String(this.int(0, 9));
    return out;
  }
}
