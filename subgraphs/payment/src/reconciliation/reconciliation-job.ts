import type { Job, RecurringJobPayload } from '@jingtong/kit';
import type { ChannelName } from '../db/tables/payment-order.table.js';
import type { PaymentDeps } from '../deps.js';
import { addDays, beijingDate } from '../time/beijing-day.js';
import { reconcileDay } from './reconcile-day.js';

/** An officer's run of one date (`runReconciliation`), or the schedule's period. */
export type ReconciliationJobPayload = RecurringJobPayload | { date: string; officerId: string };

const CHANNELS: readonly ChannelName[] = ['ALIPAY', 'WECHAT'];

/** The schedule reconciles the Beijing day before the one its period starts in: that day's bills are complete. */
export const dayBeforePeriod = (periodStart: string): string => addDays(beijingDate(new Date(periodStart)), -1);

/**
 * Every channel's bill of the day, each on its own: a channel that does not answer does not keep the other's
 * result from being stored, and fails the job afterwards so it is tried again (a re-run of the channel that
 * succeeded changes nothing).
 */
export const reconciliationJob =
  (deps: PaymentDeps) =>
  async (job: Job<ReconciliationJobPayload>): Promise<void> => {
    const { date, requestedBy } = 'periodStart' in job.payload ? { date: dayBeforePeriod(job.payload.periodStart), requestedBy: 'schedule' } : { date: job.payload.date, requestedBy: job.payload.officerId };
    const failures: unknown[] = [];
    for (const channel of CHANNELS) {
      try {
        const result = await reconcileDay(deps, { date, channel, requestedBy, requestId: `job:${job.id}` });
        deps.logger.info({ date, channel, matched: result.matched, differences: result.differences }, 'reconciliation done');
      } catch (error) {
        deps.logger.warn({ date, channel, err: error }, 'reconciliation failed');
        failures.push(error);
      }
    }
    if (failures.length) throw failures[0];
  };
