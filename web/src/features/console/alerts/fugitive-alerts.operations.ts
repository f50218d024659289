import { graphql } from '@/gql';

export const fugitiveAlertsQuery = graphql(`
  query FugitiveAlerts($status: AlertStatus, $first: Int!) {
    fugitiveAlerts(status: $status, first: $first) {
      id
      status
      caseNumber
      wantedBy
      category
      listedOn
      unitCode
      createdAt
      acknowledgedAt
      idNumber
      citizen {
        id
        name
        phone
      }
    }
  }
`);

export const acknowledgeFugitiveAlertMutation = graphql(`
  mutation AcknowledgeFugitiveAlert($id: ID!) {
    acknowledgeFugitiveAlert(id: $id) {
      alert {
        id
        status
        acknowledgedAt
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);
