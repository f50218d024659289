import { graphql } from '@/gql';

/** Money paid and refunded over Beijing days, one row per group (amounts are FenTotal: integer fen). */
export const paymentStatisticsQuery = graphql(`
  query PaymentStatistics($from: String!, $to: String!, $groupBy: PaymentStatisticsGroupBy!) {
    paymentStatistics(from: $from, to: $to, groupBy: $groupBy) {
      key
      label
      orders
      paidFen
      refundedFen
      netFen
    }
  }
`);
