/**
 * Alipay speaks yuan strings with two decimals ("206.00"); we speak integer fen. Converted on the
 * digits, never through a float (0.1 + 0.2 is not 0.3 in IEEE 754, and 1.005 * 100 is 100.49999…).
 */
const YUAN = /^(0|[1-9]\d*)(\.\d{1,2})?$/;

/** "206.00" → 20600. Throws a RangeError for anything but a non-negative amount with at most two decimals. */
export function toFen(yuan: string): number {
  if (typeof yuan !== 'string' || !YUAN.test(yuan)) throw new RangeError(`not a yuan amount: ${JSON.stringify(yuan)}`);
  const [whole, fraction = ''] = yuan.split('.');
  const fen = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) throw new RangeError(`yuan amount too large: ${yuan}`);
  return fen;
}

/** 20600 → "206.00". Throws a RangeError unless `fen` is a non-negative safe integer. */
export function toYuan(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`not an amount in fen: ${fen}`);
  return `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}
