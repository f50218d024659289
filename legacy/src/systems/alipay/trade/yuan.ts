/**
 * Alipay amounts are yuan strings with at most two decimals ("206.00", range 0.01 to 100000000);
 * the stand-in keeps integer fen, so no amount ever passes through a float.
 */
const AMOUNT = /^(0|[1-9]\d{0,8})(\.\d{1,2})?$/;
export const MAX_AMOUNT_FEN = 10_000_000_000;

/** Fen of a yuan string, or undefined when it is malformed or outside Alipay's range. */
export function fenOf(yuan: unknown): number | undefined {
  if (typeof yuan !== 'string' || !AMOUNT.test(yuan)) return undefined;
  const [whole, fraction = ''] = yuan.split('.');
  const fen = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return fen >= 1 && fen <= MAX_AMOUNT_FEN ? fen : undefined;
}

/** "206.00" for 20600; "-3.50" for -350 (refund lines of the bill). */
export function yuanOf(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
