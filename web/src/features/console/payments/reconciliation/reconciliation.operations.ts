import { graphql } from '@/gql';

/** The reconciled days of the period and the differences under the filter, asked together so one reload refreshes both. */
export const reconciliationQuery = graphql(`
  query Reconciliation($from: String!, $to: String!, $channel: PaymentChannel, $filter: ReconciliationDifferenceFilter, $first: Int!) {
    reconciliationRuns(from: $from, to: $to, channel: $channel) {
      id
      date
      channel
      billPayments
      billPaymentFen
      billRefunds
      billRefundFen
      ledgerPayments
      ledgerPaymentFen
      ledgerRefunds
      ledgerRefundFen
      matched
      differences
      unresolved
      runCount
      requestedBy
      lastRunAt
    }
    reconciliationDifferences(filter: $filter, first: $first) {
      id
      date
      channel
      kind
      entryKind
      outTradeNo
      channelRef
      orderId
      ledgerFen
      channelFen
      ledgerEntries
      channelEntries
      detectedAt
      resolution
      note
      resolvedBy
      resolvedAt
    }
  }
`);

/** 处理 (reviewer / leader): how a difference was settled, with a note; once. */
export const resolveDifferenceMutation = graphql(`
  mutation ResolveReconciliationDifference($input: ResolveReconciliationDifferenceInput!) {
    resolveReconciliationDifference(input: $input) {
      difference {
        id
        resolution
        note
        resolvedBy
        resolvedAt
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);

/** 立即对账 (leader): every channel's bill of the day, reconciled by a job within moments. */
export const runReconciliationMutation = graphql(`
  mutation RunReconciliation($date: String!) {
    runReconciliation(date: $date) {
      queued
      date
      error {
        ...UserErrorFields
      }
    }
  }
`);
