import { graphql } from '@/gql';

export const signInWithPhoneMutation = graphql(`
  mutation SignInWithPhone($phone: String!, $code: String!) {
    signInWithPhone(phone: $phone, code: $code) {
      token
      expiresAt
      error {
        ...UserErrorFields
      }
    }
  }
`);

export const signInWithAlipayMutation = graphql(`
  mutation SignInWithAlipay($authCode: String!) {
    signInWithAlipay(authCode: $authCode) {
      token
      expiresAt
      error {
        ...UserErrorFields
      }
    }
  }
`);

export const signInWithWechatMutation = graphql(`
  mutation SignInWithWechat($code: String!) {
    signInWithWechat(code: $code) {
      token
      expiresAt
      error {
        ...UserErrorFields
      }
    }
  }
`);

/** Development-only sign-in for seeded citizens; identity refuses it in production. */
export const devSignInMutation = graphql(`
  mutation DevSignIn($idNumber: String!) {
    devSignIn(idNumber: $idNumber) {
      token
      expiresAt
      error {
        ...UserErrorFields
      }
    }
  }
`);
