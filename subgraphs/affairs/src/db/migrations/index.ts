import type { Migration } from '@jingtong/kit';
import * as m20261213T0900 from './2026-12-13T0900-audit.js';
import * as m20261213T0905 from './2026-12-13T0905-jobs.js';
import * as m20261213T0910 from './2026-12-13T0910-businesses.js';
import * as m20261213T0915 from './2026-12-13T0915-business-versions.js';

/** Timestamped, never edited: add a new file for every change. */
export const migrations: Record<string, Migration> = {
  '2026-12-13T0900-audit': m20261213T0900,
  '2026-12-13T0905-jobs': m20261213T0905,
  '2026-12-13T0910-businesses': m20261213T0910,
  '2026-12-13T0915-business-versions': m20261213T0915,
};
