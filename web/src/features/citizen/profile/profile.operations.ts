import { graphql } from '@/gql';

/** 个人信息: everything personal arrives masked from identity; the page never asks for more. */
export const myProfileQuery = graphql(`
  query MyProfile {
    me {
      id
      name
      idNumber
      phone
      assuranceLevel
      realName {
        level
        method
        verifiedAt
        phoneMatched
      }
      channels {
        channel
        linkedAt
        lastSignInAt
      }
    }
  }
`);
