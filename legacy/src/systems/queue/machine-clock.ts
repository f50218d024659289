/**
 * The machine's clock: real time, or real time shifted so that it read `start` when the stand-in
 * started (LEGACY_QUEUE_CLOCK), so a demo can run "on a Monday at 10:10" whenever it runs; frozen, it
 * stays there (recordings: the same calls give the same answers, to the second).
 */
export class MachineClock {
  private offsetMs = 0;
  private fixed?: number;

  constructor(
    start?: string,
    private readonly frozen = false,
    private readonly real: () => number = Date.now,
  ) {
    if (start !== undefined) this.set(start);
  }

  now(): number {
    return this.fixed ?? this.real() + this.offsetMs;
  }

  /** From now on the clock reads `at` (and runs on from there unless frozen). */
  set(at: string | Date): void {
    const instant = typeof at === 'string' ? Date.parse(at) : at.getTime();
    if (Number.isNaN(instant)) throw new RangeError(`not a date-time: ${String(at)}`);
    if (this.frozen) this.fixed = instant;
    else this.offsetMs = instant - this.real();
  }
}
