import type { Migration } from '@jingtong/kit';
import { IDENTITY_MODULES } from '../../modules/index.js';
import * as m20261201T0900 from './2026-12-01T0900-jobs.js';

/**
 * Every module's timestamped migrations (never edited: add a file for every change) plus the subgraph's
 * own (the kit's jobs table). The migrator runs them in name order, so modules interleave by time.
 */
export const migrations: Record<string, Migration> = Object.fromEntries(
  [...IDENTITY_MODULES.flatMap((m) => Object.entries(m.migrations)), ['2026-12-01T0900-jobs', m20261201T0900] as const].sort(([a], [b]) => a.localeCompare(b)),
);
