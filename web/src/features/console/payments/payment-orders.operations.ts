import { graphql } from '@/gql';

/** One page of the orders of every channel, newest first, as the 缴费订单 table shows them. */
export const paymentOrdersQuery = graphql(`
  query PaymentOrders($filter: PaymentOrderFilter, $first: Int!, $after: String) {
    paymentOrders(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        status
        subject
        businessKind
        businessKindName
        amountFen
        countyCode
        channel
        paidAt
        createdAt
      }
      endCursor
      hasNextPage
    }
  }
`);
