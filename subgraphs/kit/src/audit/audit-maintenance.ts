import { sql, type Kysely } from 'kysely';
import { archiveAuditRows } from './archive.js';
import type { AuditChainStatus } from './verify-chain.js';
import { auditChainOf } from './audit-chain-registry.js';
import type { AuditDatabase } from './audit-table.js';
import { appendAuditRow } from './sql-audit-log.js';
import { checkAuditChain } from './tamper-check.js';

export interface AuditMaintenanceResult {
  /** Another replica held the job lock: nothing was done here. */
  skipped: boolean;
  moved: number;
  status?: AuditChainStatus & { alerted: boolean };
}

// Per schema: each subgraph's trail is maintained on its own, even when all share one PostgreSQL database.
const JOB_LOCK = sql`hashtext('jingtong.audit_job.' || current_schema())`;

/**
 * One run (the `audit.maintenance` recurring job, or a test): move rows past retention to the archive,
 * then verify the whole chain (a break writes AUDIT_TAMPER_DETECTED). The job queue already runs one per
 * period; the session advisory lock also keeps a manual run from overlapping it.
 */
// biome-ignore lint/suspicious/noExplicitAny: Kysely is invariant in the database type, so only `any` takes every subgraph's database
export async function runAuditMaintenance(db: Kysely<any>, options: { retentionDays: number; now?: Date; requestId?: string }): Promise<AuditMaintenanceResult> {
  const requestId = options.requestId ?? `audit-job-${Date.now()}`;
  // Looked up by the root instance: the connection below is another object.
  const chain = auditChainOf(db);
  return db.connection().execute(async (conn) => {
    const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(${JOB_LOCK}) as locked`.execute(conn);
    if (!rows[0]?.locked) return { skipped: true, moved: 0 };
    try {
      const { moved } = await archiveAuditRows(conn, { olderThanDays: options.retentionDays, now: options.now });
      if (moved > 0) {
        const details = { moved, retentionDays: options.retentionDays };
        await (conn as Kysely<AuditDatabase>).transaction().execute((trx) => appendAuditRow(trx, chain.key, { action: 'AUDIT_ARCHIVED', actorKind: 'system', targetKind: 'audit_log', requestId, details }));
      }
      const status = await checkAuditChain(conn, { requestId }, chain);
      return { skipped: false, moved, status };
    } finally {
      await sql`select pg_advisory_unlock(${JOB_LOCK})`.execute(conn);
    }
  });
}
