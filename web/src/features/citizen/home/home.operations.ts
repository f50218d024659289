import { graphql } from '@/gql';

export const citizenHomeQuery = graphql(`
  query CitizenHome {
    me {
      id
      name
      assuranceLevel
    }
  }
`);
