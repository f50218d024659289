import type { Migration } from '@jingtong/kit';
import * as m20261128T0900 from './2026-11-28T0900-citizens.js';
import * as m20261128T0905 from './2026-11-28T0905-audit.js';
import * as m20261128T1000 from './2026-11-28T1000-citizen-channels.js';
import * as m20261128T1005 from './2026-11-28T1005-real-name.js';
import * as m20261128T1010 from './2026-11-28T1010-bindings.js';
import * as m20261128T1015 from './2026-11-28T1015-fugitive-alerts.js';
import * as m20261128T1100 from './2026-11-28T1100-units.js';
import * as m20261128T1105 from './2026-11-28T1105-officers.js';
import * as m20261128T1110 from './2026-11-28T1110-partners.js';
import * as m20261128T1115 from './2026-11-28T1115-audit-integrity.js';
import * as m20261201T0900 from './2026-12-01T0900-jobs.js';

/** Timestamped, never edited: add a new file for every change. */
export const migrations: Record<string, Migration> = {
  '2026-11-28T0900-citizens': m20261128T0900,
  '2026-11-28T0905-audit': m20261128T0905,
  '2026-11-28T1000-citizen-channels': m20261128T1000,
  '2026-11-28T1005-real-name': m20261128T1005,
  '2026-11-28T1010-bindings': m20261128T1010,
  '2026-11-28T1015-fugitive-alerts': m20261128T1015,
  '2026-11-28T1100-units': m20261128T1100,
  '2026-11-28T1105-officers': m20261128T1105,
  '2026-11-28T1110-partners': m20261128T1110,
  '2026-11-28T1115-audit-integrity': m20261128T1115,
  '2026-12-01T0900-jobs': m20261201T0900,
};
