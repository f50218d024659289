import { defineJobHandlers } from '@jingtong/kit';
import { FUGITIVE_SCREEN_JOB, type ScreeningJob } from '../modules/citizens/alerts/fugitive-screening.js';
import { NOTIFY_DUTY_JOB } from '../modules/citizens/alerts/sql-fugitive-alerts.js';
import type { IdentityDeps } from '../deps.js';

/** Identity's durable jobs, each idempotent by its key (audit maintenance is the kit's, see `audit: true`). */
export const identityJobs = (deps: IdentityDeps) =>
  defineJobHandlers({
    [FUGITIVE_SCREEN_JOB]: async (job: { payload: ScreeningJob }) => deps.citizens.screening.run(job.payload),
    [NOTIFY_DUTY_JOB]: async (job: { payload: { alertId: string; requestId: string } }) => deps.citizens.alerts.notifyDuty(job.payload),
  });
