import { toFen, toYuan } from './fen.js';

describe('fen <-> Alipay yuan strings', () => {
  it.each([
    ['206.00', 20600],
    ['0.01', 1],
    ['0.10', 10],
    ['19.9', 1990],
    ['7', 700],
    ['0', 0],
    ['100000000.00', 10_000_000_000],
  ])('reads %s as %d fen', (yuan, fen) => {
    expect(toFen(yuan)).toBe(fen);
  });

  it('is exact where floating point is not (0.29, 1.15, 4.35 yuan)', () => {
    expect([0.29 * 100, 1.15 * 100]).not.toEqual([29, 115]);
    expect([toFen('0.29'), toFen('1.15'), toFen('4.35')]).toEqual([29, 115, 435]);
    expect(toYuan(toFen('1.15') + toFen('4.35'))).toBe('5.50');
  });

  it.each(['', ' 1.00', '1.00 ', '1.001', '-1.00', '+1.00', '01.00', '1.', '.50', '1,00', '1e3', 'NaN', '２０６.00', '9007199254740992.00'])('refuses %j', (yuan) => {
    expect(() => toFen(yuan)).toThrow(RangeError);
  });

  it('refuses what is not a string at all', () => {
    expect(() => toFen(206 as unknown as string)).toThrow(RangeError);
  });

  it.each([
    [20600, '206.00'],
    [1, '0.01'],
    [10, '0.10'],
    [0, '0.00'],
    [123456789, '1234567.89'],
  ])('writes %d fen as %s', (fen, yuan) => {
    expect(toYuan(fen)).toBe(yuan);
    expect(toFen(toYuan(fen))).toBe(fen);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('refuses %d fen', (fen) => {
    expect(() => toYuan(fen)).toThrow(RangeError);
  });
});
