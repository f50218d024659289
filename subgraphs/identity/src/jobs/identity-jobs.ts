import { defineJobHandlers, type RecurringJob } from '@jingtong/kit';
import { runAuditMaintenance } from '../audit/audit-job.js';
import { FUGITIVE_SCREEN_JOB, type ScreeningJob } from '../citizens/alerts/fugitive-screening.js';
import { NOTIFY_DUTY_JOB } from '../citizens/alerts/sql-fugitive-alerts.js';
import type { IdentityDeps } from '../deps.js';
import type { IdentityEnv } from '../env.js';

export const AUDIT_MAINTENANCE_JOB = 'audit.maintenance';

/** Identity's durable jobs; each is idempotent by its key (see the kit's jobs README). */
export const identityJobs = (deps: IdentityDeps) =>
  defineJobHandlers({
    [FUGITIVE_SCREEN_JOB]: async (job: { payload: ScreeningJob }) => deps.citizens.screening.run(job.payload),
    [NOTIFY_DUTY_JOB]: async (job: { payload: { alertId: string; requestId: string } }) => deps.citizens.alerts.notifyDuty(job.payload),
    [AUDIT_MAINTENANCE_JOB]: async (job: { key: string }) => {
      const result = await runAuditMaintenance(deps.database.db, { retentionDays: deps.env.AUDIT_RETENTION_DAYS, requestId: `audit-job-${job.key}` });
      if (result.status && !result.status.ok) deps.logger.error({ firstBrokenId: result.status.firstBrokenId, reason: result.status.reason }, 'audit chain broken');
      else if (!result.skipped) deps.logger.info({ moved: result.moved, checkedRows: result.status?.checkedRows }, 'audit maintenance done');
    },
  });

/** Archive + verify the audit chain once per interval across all replicas; off under NODE_ENV=test unless asked for. */
export function identityRecurringJobs(env: IdentityEnv): RecurringJob[] {
  const everyMs = env.AUDIT_JOB_INTERVAL_MS ?? (env.NODE_ENV === 'test' ? 0 : 3_600_000);
  return everyMs > 0 ? [{ kind: AUDIT_MAINTENANCE_JOB, everyMs }] : [];
}
