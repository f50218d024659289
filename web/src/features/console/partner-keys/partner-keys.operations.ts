import { graphql } from '@/gql';

export const partnerKeysQuery = graphql(`
  query PartnerKeys($includeInactive: Boolean!) {
    partnerKeys(includeInactive: $includeInactive) {
      id
      partnerName
      prefix
      scopes
      ratePerMinute
      costBudgetPerDay
      active
      createdAt
      expiresAt
      revokedAt
      rotatedFromId
    }
    partnerScopes {
      scope
      description
    }
  }
`);

export const issuePartnerKeyMutation = graphql(`
  mutation IssuePartnerKey($input: IssuePartnerKeyInput!) {
    issuePartnerKey(input: $input) {
      key {
        id
        prefix
        partnerName
      }
      secret
      error {
        ...UserErrorFields
      }
    }
  }
`);

export const rotatePartnerKeyMutation = graphql(`
  mutation RotatePartnerKey($id: ID!, $graceMinutes: Int!) {
    rotatePartnerKey(id: $id, graceMinutes: $graceMinutes) {
      key {
        id
        prefix
        partnerName
      }
      secret
      error {
        ...UserErrorFields
      }
    }
  }
`);

export const revokePartnerKeyMutation = graphql(`
  mutation RevokePartnerKey($id: ID!) {
    revokePartnerKey(id: $id) {
      key {
        id
        active
        revokedAt
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);
