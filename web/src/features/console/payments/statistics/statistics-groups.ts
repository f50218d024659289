import type { PaymentStatisticsGroupBy, PaymentStatisticsQuery } from '@/gql/graphql';

export type StatisticsRow = PaymentStatisticsQuery['paymentStatistics'][number];

export interface GroupSpec {
  /** The switch's text. */
  tab: string;
  /** The first column's header (table and CSV). */
  header: string;
  /** The key's own column in the CSV (a county's or revenue item's code), when the label is not the key. */
  codeHeader: string | null;
}

/** The ways the payment centre adds up money, in the order the page offers them. */
export const GROUPS: Record<PaymentStatisticsGroupBy, GroupSpec> = {
  CHANNEL: { tab: '按支付渠道', header: '支付渠道', codeHeader: '渠道代码' },
  BUSINESS_KIND: { tab: '按业务类型', header: '业务类型', codeHeader: '业务类型代码' },
  COUNTY: { tab: '按区县', header: '区县', codeHeader: '行政区划代码' },
  REVENUE_ITEM: { tab: '按非税收入项目', header: '非税收入项目', codeHeader: '项目编码' },
  DAY: { tab: '按日', header: '日期', codeHeader: null },
};

export const GROUP_ORDER = Object.keys(GROUPS) as PaymentStatisticsGroupBy[];

export interface StatisticsTotals {
  orders: number;
  paidFen: number;
  refundedFen: number;
  netFen: number;
}

/** The period's totals: each order is paid once, so any grouping adds up to the same. */
export function totalsOf(rows: readonly StatisticsRow[]): StatisticsTotals {
  return rows.reduce<StatisticsTotals>(
    (sum, row) => ({ orders: sum.orders + row.orders, paidFen: sum.paidFen + row.paidFen, refundedFen: sum.refundedFen + row.refundedFen, netFen: sum.netFen + row.netFen }),
    { orders: 0, paidFen: 0, refundedFen: 0, netFen: 0 },
  );
}
