import type { Generated, Selectable } from '@jingtong/kit';

export interface OfficerSessionTable {
  sid: string;
  officer_id: string;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Date;
  revoked_at: Date | null;
}

export type OfficerSessionRow = Selectable<OfficerSessionTable>;
