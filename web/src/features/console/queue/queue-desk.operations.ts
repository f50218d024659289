import { graphql } from '@/gql';

/** The hall's day at its machine (today when no date is given): who is being called, who waits, every number. */
export const queueBoardQuery = graphql(`
  query QueueBoard($hallId: ID!, $date: String) {
    queueBoard(hallId: $hallId, date: $date) {
      date
      waiting
      averageWaitMinutes
      nowCalling {
        number
        windowNo
        calledAt
      }
      numbers {
        number
        itemId
        slot
        channel
        status
        issuedAt
        checkedInAt
        calledAt
        windowNo
        servedAt
        closedAt
        ticketId
      }
    }
  }
`);

/** What the window's scanner reads from the citizen's QR code. */
export const checkInQueueTicketMutation = graphql(`
  mutation CheckInQueueTicket($qrPayload: String!, $hallId: ID) {
    checkInQueueTicket(qrPayload: $qrPayload, hallId: $hallId) {
      ticket {
        id
        number
        date
        slot
        status
        item {
          id
          name
        }
      }
      ahead
      error {
        ...UserErrorFields
      }
    }
  }
`);

export const callNextQueueNumberMutation = graphql(`
  mutation CallNextQueueNumber($hallId: ID!, $windowNo: Int!, $itemId: ID) {
    callNextQueueNumber(hallId: $hallId, windowNo: $windowNo, itemId: $itemId) {
      called {
        number
        itemId
        slot
        channel
        status
        windowNo
        calledAt
        ticketId
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);

export const markQueueTicketMutation = graphql(`
  mutation MarkQueueTicket($input: MarkQueueTicketInput!) {
    markQueueTicket(input: $input) {
      number {
        number
        status
        servedAt
        closedAt
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);
