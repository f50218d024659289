import { graphql } from '@/gql';

export const officersQuery = graphql(`
  query Officers($unitCode: String, $includeSubUnits: Boolean!) {
    officers(unitCode: $unitCode, includeSubUnits: $includeSubUnits) {
      id
      username
      name
      phone
      unitCode
      roles
      disabled
      lockedUntil
      totpEnrolled
      passwordExpiresAt
      lastSignInAt
    }
  }
`);

export const createOfficerMutation = graphql(`
  mutation CreateOfficer($input: CreateOfficerInput!) {
    createOfficer(input: $input) {
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

export const updateOfficerRolesMutation = graphql(`
  mutation UpdateOfficerRoles($officerId: ID!, $roles: [OfficerRole!]!) {
    updateOfficerRoles(officerId: $officerId, roles: $roles) {
      officer {
        id
        roles
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);

export const disableOfficerMutation = graphql(`
  mutation DisableOfficer($officerId: ID!) {
    disableOfficer(officerId: $officerId) {
      officer {
        id
        disabled
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);

export const enableOfficerMutation = graphql(`
  mutation EnableOfficer($officerId: ID!) {
    enableOfficer(officerId: $officerId) {
      officer {
        id
        disabled
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);

export const resetOfficerPasswordMutation = graphql(`
  mutation ResetOfficerPassword($officerId: ID!, $resetTotp: Boolean!) {
    resetOfficerPassword(officerId: $officerId, resetTotp: $resetTotp) {
      officer {
        id
        username
      }
      oneTimePasswordSentTo
      pendingReset {
        id
        requiredRole
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);

export const unlockOfficerMutation = graphql(`
  mutation UnlockOfficer($officerId: ID!) {
    unlockOfficer(officerId: $officerId) {
      officer {
        id
        lockedUntil
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);
