import { graphql } from '@/gql';

export const unitsQuery = graphql(`
  query Units {
    units {
      code
      name
      regionCode
      parentCode
      dutyPhone
    }
  }
`);

export const createUnitMutation = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      unit {
        code
        name
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);

export const setUnitDutyPhoneMutation = graphql(`
  mutation SetUnitDutyPhone($code: String!, $phone: String) {
    setUnitDutyPhone(code: $code, phone: $phone) {
      unit {
        code
        dutyPhone
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);
