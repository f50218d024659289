/**
 * Amounts travel as integer fen end to end; yuan are only ever text. Splitting
 * with `%` and an exact division keeps floating point (0.1 + 0.2) out of money.
 */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) return '—';
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const cents = abs % 100;
  const yuan = (abs - cents) / 100;
  return `${sign}¥${yuan}.${String(cents).padStart(2, '0')}`;
}
