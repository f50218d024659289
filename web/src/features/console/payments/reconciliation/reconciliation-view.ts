import type { PaymentChannel, ReconciliationQueryVariables } from '@/gql/graphql';
import { addDays, beijingToday } from '../beijing-day';

/** 待处理 / 已处理 / 全部 */
export type DifferenceStatus = 'open' | 'resolved' | 'all';

/** What the officer filters by: one Beijing day (or the recent days), a channel, whether handled. */
export interface ReconciliationView {
  date: string | null;
  channel: PaymentChannel | null;
  status: DifferenceStatus;
}

/** Without a day: the reconciled days of the last month, and differences of every day. */
export const RECENT_DAYS = 30;

/** As many differences as the API gives at once: a day with more than that is a fault to chase, not a page to read. */
export const DIFFERENCES_LIMIT = 500;

export const DEFAULT_VIEW: ReconciliationView = { date: null, channel: null, status: 'all' };

export function variablesOf(view: ReconciliationView, today = beijingToday()): ReconciliationQueryVariables {
  return {
    from: view.date ?? addDays(today, 1 - RECENT_DAYS),
    to: view.date ?? today,
    // Left out rather than null: reconciliationRuns reads an explicit null channel as "channel = null" and finds nothing.
    channel: view.channel ?? undefined,
    filter: { date: view.date, channel: view.channel, resolved: view.status === 'all' ? null : view.status === 'resolved' },
    first: DIFFERENCES_LIMIT,
  };
}
