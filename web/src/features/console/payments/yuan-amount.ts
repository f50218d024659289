/**
 * Yuan typed by an officer, as integer fen. The text is split at the decimal point and each part read as an
 * integer, so `0.29` is 29 fen (parseFloat would give 28.999…). Full-width digits from a Chinese IME are read
 * as their ASCII twins; more than two decimals, signs, exponents and thousands separators are refused (null).
 */
const YUAN = /^(0|[1-9]\d{0,10})(?:\.(\d{1,2}))?$/;

const FULL_WIDTH = /[０-９．]/g;

export function yuanToFen(text: string): number | null {
  const normalized = text.trim().replace(FULL_WIDTH, (ch) => (ch === '．' ? '.' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
  const match = YUAN.exec(normalized);
  if (!match) return null;
  const [, whole = '0', decimals = ''] = match;
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : null;
}

/** Fen as plain yuan text with two decimals (`12345` → `123.45`): for inputs and CSV cells, where ¥ does not belong. */
export function fenToYuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const cents = abs % 100;
  return `${sign}${(abs - cents) / 100}.${String(cents).padStart(2, '0')}`;
}
