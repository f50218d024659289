import { sql, type Kysely } from 'kysely';
import type { AuditDatabase } from './audit-table.js';

export interface ArchiveOptions {
  /** Rows older than this stay online (MLPS: one year). */
  olderThanDays?: number;
  /** The clock, for tests that need last year's rows to be old. */
  now?: Date;
}

/**
 * Move old rows from `audit_log` to `audit_archive` in one transaction, ids and hashes unchanged, so the
 * chain verifies across the move. The move is `jt_audit_archive` (see `sealAuditTrail`): it runs as the
 * trail's owner role, the only one allowed to delete from `audit_log`, holding the chain lock; it moves a
 * prefix by id (the newest old row and everything before it), so the archive always ends where the live
 * table starts, even if clocks disagreed.
 */
// biome-ignore lint/suspicious/noExplicitAny: Kysely is invariant in the database type, so only `any` takes every subgraph's database
export async function archiveAuditRows(db: Kysely<AuditDatabase> | Kysely<any>, options: ArchiveOptions = {}): Promise<{ moved: number }> {
  const { olderThanDays = 365, now = new Date() } = options;
  const cutoff = new Date(now.getTime() - olderThanDays * 86_400_000);
  const { rows } = await sql<{ moved: string | number }>`select jt_audit_archive(${cutoff}::timestamptz) as moved`.execute(db);
  return { moved: Number(rows[0]?.moved ?? 0) };
}
