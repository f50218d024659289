import { graphql } from '@/gql';

/** One order as its detail page shows it: what it charges, how it was paid, and every refund asked for it. */
export const consolePaymentOrderQuery = graphql(`
  query ConsolePaymentOrder($id: ID!) {
    paymentOrder(id: $id) {
      id
      status
      subject
      businessKind
      businessKindName
      amountFen
      lines {
        label
        amountFen
      }
      payable {
        subgraph
        type
        id
      }
      countyCode
      revenueItem {
        code
        name
      }
      channel
      expiresAt
      paidAt
      createdAt
      refundedFen
      refunds {
        id
        amountFen
        reason
        state
        failure
        officerId
        createdAt
        completedAt
      }
    }
  }
`);

/** 退款 (reviewer / leader): the idempotency key is made once per form opening, so a second click is the same refund. */
export const refundPaymentMutation = graphql(`
  mutation RefundPayment($input: RefundPaymentInput!) {
    refundPayment(input: $input) {
      refund {
        id
        amountFen
        state
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);
