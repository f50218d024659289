import { graphql } from '@/gql';

/**
 * One subgraph's queue as the page shows it: the counts and the latest dead
 * letters, most recently changed first. Only what the table shows: the
 * gateway's cost limit multiplies the selection by `first` (a literal, so the
 * cost is known from the persisted document).
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
    jobs(state: DEAD, first: 20) {
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
