import type { Migration } from '@jingtong/kit';
import * as m20261128T0900 from './2026-11-28T0900-citizens.js';
import * as m20261128T0905 from './2026-11-28T0905-audit.js';

/** Timestamped, never edited: add a new file for every change. */
export const migrations: Record<string, Migration> = {
  '2026-11-28T0900-citizens': m20261128T0900,
  '2026-11-28T0905-audit': m20261128T0905,
};
