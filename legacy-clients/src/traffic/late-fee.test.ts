import { trafficLateFeeFen } from '@jingtong/legacy';
import { lateFeeFen } from './late-fee.js';

const FINE_200_YUAN = 20_000;

describe('lateFeeFen', () => {
  it('charges 6.00 yuan on a 200 yuan fine decided on 06-01 and paid on 06-17 (day 16)', () => {
    expect(lateFeeFen(FINE_200_YUAN, '2026-06-01', '2026-06-17')).toBe(600);
  });

  it('charges nothing through day 15, on the decision day, or before it', () => {
    expect(lateFeeFen(FINE_200_YUAN, '2026-06-01', '2026-06-16')).toBe(0);
    expect(lateFeeFen(FINE_200_YUAN, '2026-06-01', '2026-06-01')).toBe(0);
    expect(lateFeeFen(FINE_200_YUAN, '2026-06-01', '2026-05-20')).toBe(0);
  });

  it('adds 3 % of the fine for each further day', () => {
    expect(lateFeeFen(FINE_200_YUAN, '2026-06-01', '2026-06-18')).toBe(1200);
    expect(lateFeeFen(10_000, '2026-10-12', '2026-11-01')).toBe(1500);
  });

  it('stops at the fine itself: 33 days make 99 %, the 34th would make 102 %', () => {
    expect(lateFeeFen(FINE_200_YUAN, '2026-06-01', '2026-07-19')).toBe(19_800);
    expect(lateFeeFen(FINE_200_YUAN, '2026-06-01', '2026-07-20')).toBe(FINE_200_YUAN);
    expect(lateFeeFen(FINE_200_YUAN, '2026-06-01', '2027-06-01')).toBe(FINE_200_YUAN);
  });

  it('counts calendar days across months, a leap day and the turn of the year', () => {
    expect(lateFeeFen(FINE_200_YUAN, '2028-02-14', '2028-03-01')).toBe(600); // 2028-02-29 exists
    expect(lateFeeFen(FINE_200_YUAN, '2026-12-20', '2027-01-05')).toBe(600);
  });

  it('rounds the total down to the fen', () => {
    // 3 % of 1.01 yuan is 3.03 fen a day: 2 days are 6.06 fen, charged 6.
    expect(lateFeeFen(101, '2026-06-01', '2026-06-18')).toBe(6);
  });

  it('refuses what is not a calendar date or a whole amount of fen', () => {
    expect(() => lateFeeFen(FINE_200_YUAN, '2026-02-30', '2026-03-20')).toThrow(RangeError);
    expect(() => lateFeeFen(FINE_200_YUAN, '2026-06-01', '2026-06-17T10:00:00+08:00')).toThrow(RangeError);
    expect(() => lateFeeFen(199.5, '2026-06-01', '2026-06-17')).toThrow(RangeError);
    expect(() => lateFeeFen(-100, '2026-06-01', '2026-06-17')).toThrow(RangeError);
  });

  it('agrees with the platform stand-in, which checks written-back amounts with its own copy', () => {
    const differences: string[] = [];
    for (const fineFen of [5_000, 10_000, 15_000, 20_000, 101, 333]) {
      for (let days = -2; days <= 60; days++) {
        const paidOn = new Date(Date.UTC(2026, 5, 1 + days)).toISOString().slice(0, 10);
        const ours = lateFeeFen(fineFen, '2026-06-01', paidOn);
        const platform = trafficLateFeeFen(fineFen, '2026-06-01', paidOn);
        if (ours !== platform) differences.push(`${fineFen} fen paid ${paidOn}: ${ours} vs ${platform}`);
      }
    }
    expect(differences).toEqual([]);
  });
});
