import { barredUntil } from './no-show-bar.js';

const rule = { limit: 3, windowDays: 90, barDays: 30 };
const DAY = 86_400_000;
const at = (day: number) => new Date(Date.UTC(2026, 0, 1) + day * DAY);
const now = (day: number) => at(day).getTime();

describe('the no-show bar', () => {
  it('bars booking for 30 days from the third no-show within 90 days', () => {
    const noShows = [at(0), at(40), at(89)];
    expect(barredUntil(noShows, now(89), rule)).toEqual(at(119));
    expect(barredUntil(noShows, now(118), rule)).toEqual(at(119));
    expect(barredUntil(noShows, now(119), rule)).toBeNull();
  });

  it('does not bar two no-shows, nor three spread over more than 90 days', () => {
    expect(barredUntil([at(0), at(10)], now(11), rule)).toBeNull();
    expect(barredUntil([at(0), at(50), at(91)], now(92), rule)).toBeNull();
  });

  it('counts the latest qualifying run, whatever the order given', () => {
    expect(barredUntil([at(100), at(5), at(60), at(0), at(80)], now(100), rule)).toEqual(at(130));
  });

  it('follows the configured numbers', () => {
    expect(barredUntil([at(0), at(1)], now(2), { limit: 2, windowDays: 7, barDays: 3 })).toEqual(at(4));
    expect(barredUntil([at(0)], now(0), { limit: 1, windowDays: 1, barDays: 1 })).toEqual(at(1));
  });
});
