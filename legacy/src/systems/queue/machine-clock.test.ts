import { MachineClock } from './machine-clock.js';

describe('MachineClock', () => {
  let real = Date.parse('2026-12-01T19:00:00Z');
  const realClock = () => real;

  it('reads the start it was given, then runs on with real time', () => {
    const clock = new MachineClock('2026-11-02T10:10:00+08:00', false, realClock);
    expect(new Date(clock.now()).toISOString()).toBe('2026-11-02T02:10:00.000Z');
    real += 90_000;
    expect(new Date(clock.now()).toISOString()).toBe('2026-11-02T02:11:30.000Z');
    clock.set(new Date('2026-11-03T01:00:00Z'));
    real += 1_000;
    expect(new Date(clock.now()).toISOString()).toBe('2026-11-03T01:00:01.000Z');
  });

  it('stays where it was set when frozen, and is the real clock without a start', () => {
    const frozen = new MachineClock('2026-11-02T08:00:00+08:00', true, realClock);
    real += 60_000;
    expect(new Date(frozen.now()).toISOString()).toBe('2026-11-02T00:00:00.000Z');
    frozen.set('2026-11-02T09:00:00+08:00');
    real += 60_000;
    expect(new Date(frozen.now()).toISOString()).toBe('2026-11-02T01:00:00.000Z');
    expect(new MachineClock(undefined, false, realClock).now()).toBe(real);
    expect(() => frozen.set('soon')).toThrow(RangeError);
  });
});
