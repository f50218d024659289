import type { AuditDatabase, Generated, Selectable } from '@jingtong/kit';

/** One citizen, whatever channel they arrive by. Personal data is encrypted; `*_idx` are blind indexes. */
export interface CitizenTable {
  id: Generated<string>;
  id_number_enc: string;
  id_number_idx: string;
  name_enc: string;
  assurance_level: Generated<number>;
  created_at: Generated<Date>;
  last_sign_in_at: Date | null;
}

export type CitizenRow = Selectable<CitizenTable>;

export interface IdentityDatabase extends AuditDatabase {
  citizens: CitizenTable;
}
