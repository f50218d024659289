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
          decisionNumber
          decidedAt
        }
      }
    }
  }
`);

/** The order for one processed violation's fine (罚款 + 加处罚款 as of today); the page then goes to its cashier choice. */
export const payViolationFineMutation = graphql(`
  mutation PayViolationFine($input: PayViolationFineInput!) {
    payViolationFine(input: $input) {
      payment {
        orderId
        fineFen
        lateFeeFen
        amountFen
        expiresAt
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);
