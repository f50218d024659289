import type { PaymentEnv } from '../env.js';
import { addDays, beijingDate, beijingDayRange, daysBetween, isCalendarDate } from '../time/beijing-day.js';
import { dayBeforePeriod } from './reconciliation-job.js';
import { reconciliationSchedule, utcOffsetOfBeijingTime } from './reconciliation-schedule.js';

describe('the days reconciliation works on', () => {
  it('cuts days at Beijing midnight, 16:00 UTC', () => {
    expect(beijingDate(new Date('2026-12-09T15:59:59.999Z'))).toBe('2026-12-09');
    expect(beijingDate(new Date('2026-12-09T16:00:00.000Z'))).toBe('2026-12-10');
    expect(beijingDayRange('2026-12-10')).toEqual({ start: new Date('2026-12-09T16:00:00Z'), end: new Date('2026-12-10T16:00:00Z') });
    expect(beijingDayRange('2026-12-31').end).toEqual(new Date('2026-12-31T16:00:00Z'));
  });

  it('has the schedule reconcile the Beijing day before the one its period starts in', () => {
    // 00:00 UTC is 08:00 in Beijing: the day before ended eight hours ago.
    expect(dayBeforePeriod('2026-12-10T00:00:00.000Z')).toBe('2026-12-09');
    expect(dayBeforePeriod('2027-01-01T00:00:00.000Z')).toBe('2026-12-31');
    // The daily period starts at 10:30 in Beijing (02:30 UTC): still the day after the one it reconciles.
    expect(dayBeforePeriod('2026-12-10T02:30:00.000Z')).toBe('2026-12-09');
    // A shorter period late in the UTC day is already the next Beijing day.
    expect(dayBeforePeriod('2026-12-10T18:00:00.000Z')).toBe('2026-12-10');
  });

  it('runs daily at PAYMENT_RECONCILE_AT Beijing time (after the channels publish their bills), never under NODE_ENV=test unless asked', () => {
    const env = (over: Partial<PaymentEnv>) => ({ NODE_ENV: 'production', PAYMENT_RECONCILE_AT: '10:30', ...over }) as PaymentEnv;
    expect(reconciliationSchedule(env({}))).toEqual([{ kind: 'payment.reconciliation.run', everyMs: 86_400_000, offsetMs: 9_000_000 }]);
    expect(utcOffsetOfBeijingTime('08:00')).toBe(0);
    expect(utcOffsetOfBeijingTime('07:59')).toBe(86_400_000 - 60_000);
    expect(utcOffsetOfBeijingTime('00:15')).toBe(16 * 3_600_000 + 15 * 60_000);
    expect(reconciliationSchedule(env({ NODE_ENV: 'test' }))).toEqual([]);
    expect(reconciliationSchedule(env({ NODE_ENV: 'test', PAYMENT_RECONCILE_EVERY_MS: 3_600_000 }))).toEqual([{ kind: 'payment.reconciliation.run', everyMs: 3_600_000 }]);
    expect(reconciliationSchedule(env({ PAYMENT_RECONCILE_EVERY_MS: 0 }))).toEqual([]);
  });

  it('reads only real calendar dates, and counts days across month ends', () => {
    expect(['2026-12-10', '2028-02-29'].every(isCalendarDate)).toBe(true);
    expect(['2026-02-30', '2026-13-01', '20261210', '2026-12-10T00:00', ''].some(isCalendarDate)).toBe(false);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
  });
});
