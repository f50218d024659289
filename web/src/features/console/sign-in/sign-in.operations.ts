import { graphql } from '@/gql';

export const officerSignInMutation = graphql(`
  mutation OfficerSignIn($username: String!, $password: String!, $totp: String!) {
    officerSignIn(username: $username, password: $password, totp: $totp) {
      token
      expiresAt
      mustChangePassword
      enrolmentTicket
      error {
        ...UserErrorFields
      }
    }
  }
`);

export const enrolTotpMutation = graphql(`
  mutation EnrolTotp($ticket: String!) {
    enrolTotp(ticket: $ticket) {
      qrCodeDataUrl
      secret
      error {
        ...UserErrorFields
      }
    }
  }
`);

export const confirmTotpMutation = graphql(`
  mutation ConfirmTotp($ticket: String!, $code: String!) {
    confirmTotp(ticket: $ticket, code: $code) {
      token
      expiresAt
      mustChangePassword
      error {
        ...UserErrorFields
      }
    }
  }
`);

export const changeExpiredPasswordMutation = graphql(`
  mutation ChangeExpiredPassword($username: String!, $currentPassword: String!, $newPassword: String!, $totp: String!) {
    changeExpiredPassword(username: $username, currentPassword: $currentPassword, newPassword: $newPassword, totp: $totp) {
      token
      expiresAt
      mustChangePassword
      error {
        ...UserErrorFields
      }
    }
  }
`);
