import type { Generated, Selectable } from '@jingtong/kit';

/**
 * A police unit. Codes are 12 digits: a 6-digit administrative region (GB/T 2260) + a 6-digit
 * office code. Contract shared with the citizens code (fugitive alerts go to a unit's duty phone).
 */
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

export type UnitRow = Selectable<UnitTable>;
