import type { Generated, Selectable } from '@jingtong/kit';

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

export type PartnerKeyRow = Selectable<PartnerKeyTable>;
