import { graphql } from '@/gql';

/**
 * One subgraph's queue as the page shows it: the counts and the latest dead
 * letters, most recently changed first. Only what the table shows: the
 * gateway's cost limit multiplies the selection by `first` (a literal, so the
 * cost is known from the persisted document). Ten per subgraph keeps four
 * subgraphs' queues in one query under LIMIT_MAX_COST (5000; twenty made
 * about 5900); the count says how many more there are.
 */
export const jobQueueFields = graphql(`
  fragment JobQueueFields on JobQueue {
    subgraph
    counts {
      pending
      running
      done
      dead
      oldestDueAgeSeconds
    }
    jobs(state: DEAD, first: 10) {
      id
      kind
      key
      state
      attempts
      maxAttempts
      lastError
      updatedAt
    }
  }
`);

export const jobQueuesQuery = graphql(`
  query JobQueues {
    jobQueues {
      identity {
        ...JobQueueFields
      }
      traffic {
        ...JobQueueFields
      }
      payment {
        ...JobQueueFields
      }
      queue {
        ...JobQueueFields
      }
    }
  }
`);

export const retryIdentityJobMutation = graphql(`
  mutation RetryIdentityJob($id: ID!) {
    retryIdentityJob(id: $id) {
      job {
        id
        state
        attempts
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);

export const retryTrafficJobMutation = graphql(`
  mutation RetryTrafficJob($id: ID!) {
    retryTrafficJob(id: $id) {
      job {
        id
        state
        attempts
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);

export const retryPaymentJobMutation = graphql(`
  mutation RetryPaymentJob($id: ID!) {
    retryPaymentJob(id: $id) {
      job {
        id
        state
        attempts
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);

export const retryQueueJobMutation = graphql(`
  mutation RetryQueueJob($id: ID!) {
    retryQueueJob(id: $id) {
      job {
        id
        state
        attempts
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);
