import { graphql } from '@/gql';

export const myRealNameQuery = graphql(`
  query MyRealName {
    me {
      id
      assuranceLevel
      realName {
        level
        method
        verifiedAt
      }
    }
  }
`);

export const verifyRealNameBasicMutation = graphql(`
  mutation VerifyRealNameBasic($input: BasicRealNameInput!) {
    verifyRealNameBasic(input: $input) {
      level
      method
      token
      expiresAt
      error {
        ...UserErrorFields
      }
    }
  }
`);

export const verifyRealNameByFaceMutation = graphql(`
  mutation VerifyRealNameByFace($input: FaceRealNameInput!) {
    verifyRealNameByFace(input: $input) {
      level
      method
      token
      expiresAt
      error {
        ...UserErrorFields
      }
    }
  }
`);

export const verifyRealNameByNetworkPasswordMutation = graphql(`
  mutation VerifyRealNameByNetworkPassword($password: String!) {
    verifyRealNameByNetworkPassword(password: $password) {
      level
      method
      token
      expiresAt
      error {
        ...UserErrorFields
      }
    }
  }
`);

export const verifyNetworkIdentityMutation = graphql(`
  mutation VerifyNetworkIdentity($networkIdCode: String!, $password: String!) {
    verifyNetworkIdentity(networkIdCode: $networkIdCode, password: $password) {
      level
      method
      token
      expiresAt
      error {
        ...UserErrorFields
      }
    }
  }
`);
