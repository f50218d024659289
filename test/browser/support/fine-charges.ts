import { trafficLateFeeFen, type Violation } from '@jingtong/legacy';

// What the fine pages must show, computed apart from the web's own code (the platform stand-in's rule).

/** Yuan with two decimals from fen, written out independently of the page's own formatter. */
export const yuan = (fen: number) => `¥${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

/** Today as a Beijing calendar day: the late fee counts in Beijing days. */
export const beijingToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** What paying `fine` costs today: the fine plus 加处罚款, computed by the platform stand-in's own rule. */
export function expectedCharge(fine: Violation) {
  const fineFen = fine.fineAmount * 100;
  const lateFen = trafficLateFeeFen(fineFen, fine.decidedAt!, beijingToday());
  return { fineFen, lateFen, totalFen: fineFen + lateFen };
}

export const ORDER_PATH = /\/h5\/pay\/([0-9a-f-]{36})$/;
