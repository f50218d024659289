import { graphql } from '@/gql';

/** Who is signed in (their own name unmasked) and the units in their scope, for the shell and 我的账号. */
export const currentOfficerQuery = graphql(`
  query CurrentOfficer {
    currentOfficer {
      id
      username
      name
      phone
      unitCode
      roles
      totpEnrolled
      passwordExpiresAt
      createdAt
      lastSignInAt
    }
    units {
      code
      name
      parentCode
    }
  }
`);

export const officerSignOutMutation = graphql(`
  mutation OfficerSignOut {
    officerSignOut
  }
`);
