import type { Generated } from '@jingtong/kit';

export interface LicenceBindingTable {
  id: Generated<string>;
  citizen_id: string;
  licence_number_enc: string;
  licence_number_idx: string;
  file_number_enc: string;
  bound_at: Generated<Date>;
}
