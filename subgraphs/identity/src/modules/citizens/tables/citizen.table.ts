import type { Generated, Selectable } from '@jingtong/kit';

/** One citizen, whatever channel they arrive by. Personal data is encrypted; `*_idx` are blind indexes. */
export interface CitizenTable {
  id: Generated<string>;
  /** Null until the citizen is verified (level 0 citizens signed in by WeChat or phone). */
  id_number_enc: string | null;
  id_number_idx: string | null;
  name_enc: string | null;
  assurance_level: Generated<number>;
  created_at: Generated<Date>;
  last_sign_in_at: Date | null;
  phone_enc: Generated<string | null>;
  phone_idx: Generated<string | null>;
  /** Set when this record turned out to be another citizen's and was merged into it. */
  merged_into: Generated<string | null>;
  retired_at: Generated<Date | null>;
}

export type CitizenRow = Selectable<CitizenTable>;
