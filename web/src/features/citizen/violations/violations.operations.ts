import { graphql } from '@/gql';

/** Everything the 违法查询与缴款 page (/h5/vehicles) shows, in one round trip. */
export const myVehiclesAndViolationsQuery = graphql(`
  query MyVehiclesAndViolations {
    me {
      name
      idNumber
      vehicles {
        plate
        brand
        model
        color
        newEnergy
        inspectionDue
        violations {
          id
          occurredAt
          place
          behavior
          points
          fineYuan
          status
          agency
        }
      }
    }
  }
`);
