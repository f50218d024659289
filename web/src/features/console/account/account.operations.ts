import { graphql } from '@/gql';

export const changeOwnPasswordMutation = graphql(`
  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!, $totp: String!) {
    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword, totp: $totp) {
      ok
      error {
        ...UserErrorFields
      }
    }
  }
`);
