import { bookableDates, isOpen, slotsOf } from './hall-calendar.js';

const hall = { open_weekdays: [1, 2, 3, 4, 5], holidays: ['2026-10-01', '2026-10-02', '2026-10-05'], workdays: ['2026-10-10'], closed_dates: ['2026-10-12'] };

describe('a hall’s calendar', () => {
  it('opens on its weekdays and worked weekend days, not on holidays or the days its officers closed', () => {
    expect(isOpen(hall, '2026-09-30')).toBe(true); // Wednesday
    expect(isOpen(hall, '2026-10-01')).toBe(false); // holiday
    expect(isOpen(hall, '2026-10-03')).toBe(false); // Saturday
    expect(isOpen(hall, '2026-10-10')).toBe(true); // Saturday worked in exchange
    expect(isOpen(hall, '2026-10-12')).toBe(false); // closed by its officers
  });

  it('offers the next working days, 1 to 5 ahead, skipping weekends and holidays', () => {
    // Wednesday 09-30: Oct 1, 2 holidays, 3–4 weekend, 5 holiday, then 6, 7, 8, 9, (10 worked).
    expect(bookableDates(hall, '2026-09-30', { minDays: 1, maxDays: 5 })).toEqual(['2026-10-06', '2026-10-07', '2026-10-08', '2026-10-09', '2026-10-10']);
    expect(bookableDates(hall, '2026-10-08', { minDays: 2, maxDays: 3 })).toEqual(['2026-10-10', '2026-10-13']);
    expect(bookableDates(hall, '2026-10-08', { minDays: 0, maxDays: 1 })).toEqual(['2026-10-08', '2026-10-09']);
  });

  it('cuts the opening hours into slots, dropping a remainder shorter than a slot', () => {
    const slots = slotsOf({ sessions: [{ start: '09:00', end: '10:15' }, { start: '13:30', end: '14:30' }], slot_minutes: 30 });
    expect(slots.map((s) => s.label)).toEqual(['09:00-09:30', '09:30-10:00', '13:30-14:00', '14:00-14:30']);
  });
});
