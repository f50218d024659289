import { archiveAuditRows, checkAuditChain, sql, SqlAuditLog, type AuditChainStatus, type Database, type Kysely, type Logger } from '@jingtong/kit';
import type { IdentityDatabase } from '../db/tables/citizen.table.js';

export interface AuditMaintenanceResult {
  /** Another replica held the job lock: nothing was done here. */
  skipped: boolean;
  moved: number;
  status?: AuditChainStatus & { alerted: boolean };
}

const JOB_LOCK = sql`hashtext('jingtong.audit_job')`;

/**
 * One run: move rows past retention to the archive, then verify the whole chain (a break writes
 * AUDIT_TAMPER_DETECTED). A session advisory lock on one pooled connection makes it one replica at a
 * time; the others skip this round.
 */
export async function runAuditMaintenance(db: Kysely<IdentityDatabase>, options: { retentionDays: number; now?: Date; requestId?: string }): Promise<AuditMaintenanceResult> {
  const requestId = options.requestId ?? `audit-job-${Date.now()}`;
  return db.connection().execute(async (conn) => {
    const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(${JOB_LOCK}) as locked`.execute(conn);
    if (!rows[0]?.locked) return { skipped: true, moved: 0 };
    try {
      const { moved } = await archiveAuditRows(conn, { olderThanDays: options.retentionDays, now: options.now });
      if (moved > 0) {
        await new SqlAuditLog(conn).record({ action: 'AUDIT_ARCHIVED', actorKind: 'system', targetKind: 'audit_log', requestId, details: { moved, retentionDays: options.retentionDays } });
      }
      const status = await checkAuditChain(conn, { requestId });
      return { skipped: false, moved, status };
    } finally {
      await sql`select pg_advisory_unlock(${JOB_LOCK})`.execute(conn);
    }
  });
}

/** Runs `runAuditMaintenance` every `intervalMs` (never two at once in this process); stop() waits for a run in progress. */
export function startAuditJob(database: Database<IdentityDatabase>, logger: Logger, options: { intervalMs: number; retentionDays: number }): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = runAuditMaintenance(database.db, { retentionDays: options.retentionDays })
      .then((result) => {
        if (result.skipped) return;
        if (result.status && !result.status.ok) logger.error({ firstBrokenId: result.status.firstBrokenId, reason: result.status.reason }, 'audit chain broken');
        else logger.info({ moved: result.moved, checkedRows: result.status?.checkedRows }, 'audit maintenance done');
      })
      .catch((error: Error) => logger.error({ err: { message: error.message } }, 'audit maintenance failed'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
