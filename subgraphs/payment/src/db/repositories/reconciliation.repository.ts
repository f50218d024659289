import { type Kysely, type Selectable, sql } from '@jingtong/kit';
import type { PaymentDatabase } from '../tables/payment-database.js';
import type { ChannelName } from '../tables/payment-order.table.js';
import type { ReconciliationDifferenceTable } from '../tables/reconciliation-difference.table.js';
import type { ReconciliationRunTable } from '../tables/reconciliation-run.table.js';

export type RunRow = Selectable<ReconciliationRunTable> & { differences: number; unresolved: number };
export type DifferenceRow = Selectable<ReconciliationDifferenceTable>;

/** The runs of a date range (newest day first, Alipay before WeChat), with their differences counted now. */
export function runsBetween(db: Kysely<PaymentDatabase>, search: { from: string; to: string; channel?: ChannelName | null }): Promise<RunRow[]> {
  return db
    .selectFrom('payment_reconciliation_runs as r')
    .leftJoin('payment_reconciliation_differences as d', 'd.run_id', 'r.id')
    .selectAll('r')
    .select([sql<number>`count(d.id)::int`.as('differences'), sql<number>`(count(d.id) filter (where d.resolved_at is null))::int`.as('unresolved')])
    .where('r.bill_date', '>=', search.from)
    .where('r.bill_date', '<=', search.to)
    .$if(search.channel != null, (q) => q.where('r.channel', '=', search.channel as ChannelName))
    .groupBy('r.id')
    .orderBy('r.bill_date', 'desc')
    .orderBy('r.channel')
    .execute();
}

export interface DifferenceSearch {
  date?: string;
  channel?: ChannelName | null;
  resolved?: boolean;
  limit: number;
}

/** Differences, newest day first, then by kind and trade. */
export function searchDifferences(db: Kysely<PaymentDatabase>, search: DifferenceSearch): Promise<DifferenceRow[]> {
  return db
    .selectFrom('payment_reconciliation_differences')
    .selectAll()
    .$if(search.date !== undefined, (q) => q.where('bill_date', '=', search.date as string))
    .$if(search.channel != null, (q) => q.where('channel', '=', search.channel as ChannelName))
    .$if(search.resolved !== undefined, (q) => q.where('resolved_at', search.resolved ? 'is not' : 'is', null))
    .orderBy('bill_date', 'desc')
    .orderBy('channel')
    .orderBy('kind')
    .orderBy('match_key')
    .limit(search.limit)
    .execute();
}

export const findDifference = (db: Kysely<PaymentDatabase>, id: string) => db.selectFrom('payment_reconciliation_differences').selectAll().where('id', '=', id).executeTakeFirst();
