import { graphql } from '@/gql';

/** Development-only sign-in for seeded citizens; the gateway refuses it in production. */
export const devSignInMutation = graphql(`
  mutation DevSignIn($idNumber: String!) {
    devSignIn(idNumber: $idNumber) {
      token
      expiresAt
      error {
        code
        message
      }
    }
  }
`);
