import type { Migration } from '@jingtong/kit';
import * as m20261210T0900 from './2026-12-10T0900-audit.js';
import * as m20261210T0905 from './2026-12-10T0905-jobs.js';
import * as m20261210T0910 from './2026-12-10T0910-orders.js';
import * as m20261210T0915 from './2026-12-10T0915-refunds.js';
import * as m20261211T0900 from './2026-12-11T0900-reconciliation.js';
import * as m20261212T0900 from './2026-12-12T0900-duplicate-refunds.js';
import * as m20261212T0910 from './2026-12-12T0910-jsapi-attempts.js';

/** Timestamped, never edited: add a new file for every change. */
export const migrations: Record<string, Migration> = {
  '2026-12-10T0900-audit': m20261210T0900,
  '2026-12-10T0905-jobs': m20261210T0905,
  '2026-12-10T0910-orders': m20261210T0910,
  '2026-12-10T0915-refunds': m20261210T0915,
  '2026-12-11T0900-reconciliation': m20261211T0900,
  '2026-12-12T0900-duplicate-refunds': m20261212T0900,
  '2026-12-12T0910-jsapi-attempts': m20261212T0910,
};
