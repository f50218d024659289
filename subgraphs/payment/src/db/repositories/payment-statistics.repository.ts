import { type Kysely, sql } from '@jingtong/kit';
import type { PaymentDatabase } from '../tables/payment-database.js';

export type StatisticsGroup = 'CHANNEL' | 'BUSINESS_KIND' | 'COUNTY' | 'REVENUE_ITEM' | 'DAY';

export interface StatisticsRow {
  key: string;
  /** The revenue item's name as its orders carry it (for REVENUE_ITEM). */
  name: string;
  orders: number;
  paidFen: number;
  refundedFen: number;
}

/** The Beijing date of a ledger row, whatever zone the database runs in. */
const beijingDay = sql<string>`to_char((l.occurred_at at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD')`;

const KEYS = {
  CHANNEL: sql<string>`l.channel`,
  BUSINESS_KIND: sql<string>`o.business_kind`,
  COUNTY: sql<string>`o.county_code`,
  REVENUE_ITEM: sql<string>`o.revenue_item_code`,
  DAY: beijingDay,
} satisfies Record<StatisticsGroup, unknown>;

const fen = (value: unknown): number => {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a sum of fen: ${String(value)}`);
  return n;
};

/**
 * Money that moved in [start, end), from the ledger (what the channels vouched for, by when it moved) joined
 * to its orders (what it was for): paid and refunded fen per group, and how many orders were paid. A refund
 * counts in the period it was made, whenever its order was paid.
 */
export async function paymentStatistics(db: Kysely<PaymentDatabase>, groupBy: StatisticsGroup, range: { start: Date; end: Date }): Promise<StatisticsRow[]> {
  const key = KEYS[groupBy];
  const rows = await db
    .selectFrom('payment_ledger as l')
    .innerJoin('payment_orders as o', 'o.id', 'l.order_id')
    .select([
      key.as('key'),
      sql<string>`max(o.revenue_item_name)`.as('name'),
      sql<number>`(count(distinct l.order_id) filter (where l.kind = 'PAYMENT'))::int`.as('orders'),
      sql<string>`coalesce(sum(l.amount_fen) filter (where l.kind = 'PAYMENT'), 0)::text`.as('paid_fen'),
      sql<string>`coalesce(sum(l.amount_fen) filter (where l.kind = 'REFUND'), 0)::text`.as('refunded_fen'),
    ])
    .where('l.occurred_at', '>=', range.start)
    .where('l.occurred_at', '<', range.end)
    .groupBy(key)
    .orderBy(key)
    .execute();
  return rows.map((row) => ({ key: row.key, name: row.name, orders: row.orders, paidFen: fen(row.paid_fen), refundedFen: fen(row.refunded_fen) }));
}
