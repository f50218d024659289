import type { AuditIntegrityDatabase, Generated, Selectable } from '@jingtong/kit';

/**
 * A police unit. Codes are 12 digits: a 6-digit administrative region (GB/T 2260) + a 6-digit
 * office code. Contract shared with the citizens code (fugitive alerts go to a unit's duty phone).
 */
export interface UnitTable {
  code: string;
  name: string;
  region_code: string;
  /** Encrypted (FieldCipher); null until set. */
  duty_phone_enc: string | null;
  parent_code: string | null;
  created_at: Generated<Date>;
}

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

export interface OfficerSessionTable {
  sid: string;
  officer_id: string;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Date;
  revoked_at: Date | null;
}

export interface PartnerTable {
  id: Generated<string>;
  name: string;
  created_at: Generated<Date>;
}

export interface PartnerKeyTable {
  id: Generated<string>;
  partner_id: string;
  /** Public, random: finds the row; the secret part is only ever compared as a keyed hash. */
  prefix: string;
  key_hash: string;
  scopes: string[];
  rate_per_minute: number;
  cost_budget_per_day: number;
  created_at: Generated<Date>;
  /** A rotated key may stay valid for a grace period, so the partner can redeploy. */
  expires_at: Date | null;
  revoked_at: Date | null;
  rotated_from: string | null;
}

export type UnitRow = Selectable<UnitTable>;
export type OfficerRow = Selectable<OfficerTable>;
export type OfficerSessionRow = Selectable<OfficerSessionTable>;
export type PartnerKeyRow = Selectable<PartnerKeyTable>;

export interface OfficerDatabase extends AuditIntegrityDatabase {
  units: UnitTable;
  officers: OfficerTable;
  officer_sessions: OfficerSessionTable;
  partners: PartnerTable;
  partner_keys: PartnerKeyTable;
}
