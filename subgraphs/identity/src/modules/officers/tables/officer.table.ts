import type { Generated, Selectable } from '@jingtong/kit';

export interface OfficerTable {
  id: Generated<string>;
  /** Normalised (NFKC, trimmed, lower-case): the account every lockout counts against. */
  username: string;
  name_enc: string;
  phone_enc: string | null;
  unit_code: string;
  roles: string[];
  /** argon2id, PHC string. */
  password_hash: string;
  /** Null: a temporary password (new account, or reset) that must be changed at the next sign-in. */
  password_changed_at: Date | null;
  totp_secret_enc: string | null;
  totp_enrolled_at: Date | null;
  /** The last 30-second step a code was accepted for: a code is good once (RFC 6238 §5.2). */
  totp_last_step: string | null;
  /** First-time enrolment: sha256 of the ticket, its expiry, and the secret being set up. */
  enrolment_ticket_hash: string | null;
  enrolment_expires_at: Date | null;
  totp_pending_secret_enc: string | null;
  failed_attempts: Generated<number>;
  locked_until: Date | null;
  disabled: Generated<boolean>;
  created_at: Generated<Date>;
  last_sign_in_at: Date | null;
}

export type OfficerRow = Selectable<OfficerTable>;
