import type { Migration } from '@jingtong/kit';
import * as m20261201T1000 from './2026-12-01T1000-audit.js';
import * as m20261201T1005 from './2026-12-01T1005-jobs.js';
import * as m20261208T0900 from './2026-12-08T0900-audit-seal.js';
import * as m20261210T0900 from './2026-12-10T0900-fine-payments.js';

/** Timestamped, never edited: add a new file for every change. */
export const migrations: Record<string, Migration> = {
  '2026-12-01T1000-audit': m20261201T1000,
  '2026-12-01T1005-jobs': m20261201T1005,
  '2026-12-08T0900-audit-seal': m20261208T0900,
  '2026-12-10T0900-fine-payments': m20261210T0900,
};
