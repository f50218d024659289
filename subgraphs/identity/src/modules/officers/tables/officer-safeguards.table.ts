import type { Generated, Selectable } from '@jingtong/kit';

/** One failing source (`src:<digest>`) or source + account (`acct:<digest>:<username>`). */
export interface OfficerSignInThrottleTable {
  key: string;
  failures: number;
  last_failure_at: Generated<Date>;
  blocked_until: Date | null;
}

/** Where an officer has signed in with both factors (the gateway's keyed digest of the client address). */
export interface OfficerKnownSourceTable {
  officer_id: string;
  source: string;
  last_seen_at: Generated<Date>;
}

/** A reset of an administrator's credentials, done only once another officer of `required_role` approves. */
export interface OfficerResetRequestTable {
  id: Generated<string>;
  officer_id: string;
  reset_totp: boolean;
  required_role: string;
  requested_by: string;
  requested_at: Generated<Date>;
  expires_at: Date;
  approved_by: string | null;
  approved_at: Date | null;
}

export type OfficerResetRequestRow = Selectable<OfficerResetRequestTable>;

/** A pending request as the approvers read it: the usernames of the officer to be reset and of who asked. */
export type PendingResetRow = OfficerResetRequestRow & { username: string; requested_by_username: string };
