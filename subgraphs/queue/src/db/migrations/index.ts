import type { Migration } from '@jingtong/kit';
import * as m20261211T0900 from './2026-12-11T0900-audit.js';
import * as m20261211T0905 from './2026-12-11T0905-jobs.js';
import * as m20261211T0910 from './2026-12-11T0910-queue.js';

/** Timestamped, never edited: add a new file for every change. */
export const migrations: Record<string, Migration> = {
  '2026-12-11T0900-audit': m20261211T0900,
  '2026-12-11T0905-jobs': m20261211T0905,
  '2026-12-11T0910-queue': m20261211T0910,
};
