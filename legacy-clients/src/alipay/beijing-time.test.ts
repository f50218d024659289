import { fromBeijingTime, toBeijingTime } from './beijing-time.js';

describe('Alipay timestamps (Beijing time)', () => {
  it('writes and reads UTC+8, across the date line of UTC', () => {
    const instant = new Date('2026-11-01T16:30:05.000Z');
    expect(toBeijingTime(instant)).toBe('2026-11-02 00:30:05');
    expect(fromBeijingTime('2026-11-02 00:30:05')).toEqual(instant);
  });

  it('reads the milliseconds of gmt_refund', () => {
    expect(fromBeijingTime('2015-04-28 15:45:57.320').toISOString()).toBe('2015-04-28T07:45:57.320Z');
  });

  it.each(['2026-02-30 10:00:00', '2026-11-01T09:30:00', '2026-11-01 9:30:00', '', '2026-11-01 24:00:00'])('refuses %j', (text) => {
    expect(() => fromBeijingTime(text)).toThrow(RangeError);
  });
});
