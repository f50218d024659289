import { graphql } from '@/gql';

/** The halls a citizen can book, with what the form needs: items, hours and the next working days. */
export const queueHallsQuery = graphql(`
  query QueueHalls {
    queueHalls {
      id
      name
      countyCode
      county
      address
      mapUrl
      items {
        id
        name
        prefix
      }
      openingHours {
        start
        end
      }
      bookableDates
    }
  }
`);

/** One item's slots on one bookable date, with the seats left online. */
export const queueSlotsQuery = graphql(`
  query QueueSlots($hallId: ID!, $itemId: ID!, $date: String!) {
    queueSlots(hallId: $hallId, itemId: $itemId, date: $date) {
      slot
      start
      end
      capacity
      taken
      left
    }
  }
`);

/** Books the number; the page then opens the ticket by its id. */
export const takeQueueNumberMutation = graphql(`
  mutation TakeQueueNumber($input: TakeQueueNumberInput!) {
    takeQueueNumber(input: $input) {
      ticket {
        id
        number
        date
        slot
        status
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);

/** A ticket as its page shows it: where and when, the QR code for the window, and its live status (polled). */
export const queueTicketQuery = graphql(`
  query QueueTicket($id: ID!) {
    queueTicket(id: $id) {
      id
      number
      date
      slot
      status
      slotStartsAt
      cancellableUntil
      checkedInAt
      calledAt
      windowNo
      createdAt
      hall {
        id
        name
        county
        address
        mapUrl
      }
      item {
        id
        name
      }
      qrCode
      nowCalling
      ahead
      estimatedWaitMinutes
    }
  }
`);

export const myQueueTicketsQuery = graphql(`
  query MyQueueTickets {
    myQueueTickets {
      id
      number
      date
      slot
      status
      createdAt
      hall {
        id
        name
      }
      item {
        id
        name
      }
    }
  }
`);

export const cancelQueueTicketMutation = graphql(`
  mutation CancelQueueTicket($id: ID!) {
    cancelQueueTicket(id: $id) {
      ticket {
        id
        status
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);
