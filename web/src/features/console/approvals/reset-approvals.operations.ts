import { graphql } from '@/gql';

/** Administrator resets this officer may approve (same administrator role; not their own request or account). */
export const officerResetRequestsQuery = graphql(`
  query OfficerResetRequests {
    officerResetRequests {
      id
      officerId
      username
      requestedBy
      requiredRole
      resetTotp
      requestedAt
      expiresAt
    }
  }
`);

export const approveOfficerResetMutation = graphql(`
  mutation ApproveOfficerReset($resetRequestId: ID!) {
    approveOfficerReset(resetRequestId: $resetRequestId) {
      officer {
        id
        username
      }
      oneTimePasswordSentTo
      error {
        ...UserErrorFields
      }
    }
  }
`);
