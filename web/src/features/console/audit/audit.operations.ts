import { graphql } from '@/gql';

/** One audit row as the audit page shows it (every subgraph's trail has the same shape). */
export const auditEntryFields = graphql(`
  fragment AuditEntryFields on AuditEntry {
    id
    at
    action
    actorKind
    actorId
    targetKind
    targetId
    field
    purpose
    requestId
    details
    hash
    archived
  }
`);

export const auditChainFields = graphql(`
  fragment AuditChainFields on AuditChainStatus {
    ok
    checkedRows
    firstBrokenId
    reason
    gaps
    checkedAt
  }
`);

/**
 * A page of one subgraph's trail: the `@include` variables select the trail
 * (exactly one true), so filters and cursors only ever apply to that trail.
 */
export const auditTrailEntriesQuery = graphql(`
  query AuditTrailEntries($filter: AuditEntryFilter, $first: Int!, $after: String, $identity: Boolean!, $traffic: Boolean!, $payment: Boolean!, $queue: Boolean!) {
    auditTrails {
      identity @include(if: $identity) {
        subgraph
        entries(filter: $filter, first: $first, after: $after) {
          nodes {
            ...AuditEntryFields
          }
          endCursor
          hasNextPage
        }
      }
      traffic @include(if: $traffic) {
        subgraph
        entries(filter: $filter, first: $first, after: $after) {
          nodes {
            ...AuditEntryFields
          }
          endCursor
          hasNextPage
        }
      }
      payment @include(if: $payment) {
        subgraph
        entries(filter: $filter, first: $first, after: $after) {
          nodes {
            ...AuditEntryFields
          }
          endCursor
          hasNextPage
        }
      }
      queue @include(if: $queue) {
        subgraph
        entries(filter: $filter, first: $first, after: $after) {
          nodes {
            ...AuditEntryFields
          }
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

/** Verifies one subgraph's whole chain (reads every row: only when asked). */
export const auditTrailChainQuery = graphql(`
  query AuditTrailChain($identity: Boolean!, $traffic: Boolean!, $payment: Boolean!, $queue: Boolean!) {
    auditTrails {
      identity @include(if: $identity) {
        subgraph
        chain {
          ...AuditChainFields
        }
      }
      traffic @include(if: $traffic) {
        subgraph
        chain {
          ...AuditChainFields
        }
      }
      payment @include(if: $payment) {
        subgraph
        chain {
          ...AuditChainFields
        }
      }
      queue @include(if: $queue) {
        subgraph
        chain {
          ...AuditChainFields
        }
      }
    }
  }
`);
