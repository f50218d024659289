import { defineJobHandlers } from '@jingtong/kit';
import { FUGITIVE_SCREEN_JOB, type ScreeningJob } from '../modules/citizens/alerts/fugitive-screening.js';
import { NOTIFY_DUTY_JOB } from '../modules/citizens/alerts/sql-fugitive-alerts.js';
import type { IdentityDeps } from '../deps.js';
import { LOCK_NOTICE_JOB, ONE_TIME_PASSWORD_JOB, sendLockNotice, sendOneTimePassword, type LockNoticeJob, type OneTimePasswordJob } from '../modules/officers/officer-notices.js';

/** Identity's durable jobs, each idempotent by its key (audit maintenance is the kit's, see `audit: true`). */
export const identityJobs = (deps: IdentityDeps) =>
  defineJobHandlers({
    [FUGITIVE_SCREEN_JOB]: async (job: { payload: ScreeningJob }) => deps.citizens.screening.run(job.payload),
    [NOTIFY_DUTY_JOB]: async (job: { payload: { alertId: string; requestId: string } }) => deps.citizens.alerts.notifyDuty(job.payload),
    [ONE_TIME_PASSWORD_JOB]: async (job: { payload: OneTimePasswordJob }) => sendOneTimePassword(deps.officers, job.payload, deps.logger),
    [LOCK_NOTICE_JOB]: async (job: { payload: LockNoticeJob }) => sendLockNotice(deps.officers, job.payload),
  });
