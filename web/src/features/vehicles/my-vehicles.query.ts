import { graphql } from '@/gql';

/** Everything the 我的车辆与违法 page shows, in one round trip. */
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
