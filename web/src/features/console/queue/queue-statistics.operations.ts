import { graphql } from '@/gql';

/** Per open day of the hall (at most 31): booked online, walk-ins, served, no-shows, cancelled, mean wait. */
export const queueStatisticsQuery = graphql(`
  query QueueStatistics($hallId: ID!, $from: String!, $to: String!) {
    queueStatistics(hallId: $hallId, from: $from, to: $to) {
      date
      booked
      walkIns
      served
      noShows
      cancelled
      waiting
      averageWaitMinutes
    }
  }
`);
