import { graphql } from '@/gql';

export const auditEntriesQuery = graphql(`
  query AuditEntries($filter: AuditEntryFilter, $first: Int!, $after: String) {
    auditEntries(filter: $filter, first: $first, after: $after) {
      nodes {
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
      endCursor
      hasNextPage
    }
  }
`);

export const auditChainStatusQuery = graphql(`
  query AuditChainStatus {
    auditChainStatus {
      ok
      checkedRows
      firstBrokenId
      reason
      gaps
      checkedAt
    }
  }
`);
