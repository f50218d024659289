import type { Channel, GraphQLErrorLike } from './graphql-client';

/**
 * How one side of the app (citizen H5 or officer console) talks to the API:
 * its token, its channel name, and what to do when the gateway no longer
 * accepts the token (clear it and go back to sign-in).
 */
export interface ApiChannel {
  channel: Channel;
  /** `undefined` while hydrating; `null` when signed out. */
  token: string | null | undefined;
  /** Given the answer's errors (the gateway says why: IDLE_EXPIRED, REVOKED, EXPIRED…). */
  onUnauthenticated(errors: readonly GraphQLErrorLike[]): void;
}
