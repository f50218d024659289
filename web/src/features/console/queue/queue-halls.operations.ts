import { graphql } from '@/gql';

/** A hall as the console shows it: what its queue machine says, and what the hall's officers set. */
export const queueHallSettingsFields = graphql(`
  fragment QueueHallSettingsFields on QueueHall {
    id
    name
    countyCode
    county
    address
    mapUrl
    windows
    items {
      id
      name
      prefix
    }
    openingHours {
      start
      end
    }
    slotMinutes
    openWeekdays
    holidays
    workdays
    closedDates
    bookableDates
    slotCapacity
    onlineSharePercent
    onlineCapacity
    unitCode
  }
`);

/** Every hall, for the console's hall pickers (the desk, the settings and the statistics). */
export const officerQueueHallsQuery = graphql(`
  query OfficerQueueHalls {
    queueHalls {
      ...QueueHallSettingsFields
    }
  }
`);

/** Only the settings given change; the answer is the hall as it is now. */
export const updateQueueHallScheduleMutation = graphql(`
  mutation UpdateQueueHallSchedule($input: UpdateQueueHallScheduleInput!) {
    updateQueueHallSchedule(input: $input) {
      hall {
        ...QueueHallSettingsFields
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);
