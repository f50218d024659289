/** Integer fen as the yuan text pages and bills show (2.00, 1234.56). */
export const yuanOf = (fen: number): string => `${Math.trunc(fen / 100)}.${String(Math.abs(fen % 100)).padStart(2, '0')}`;
