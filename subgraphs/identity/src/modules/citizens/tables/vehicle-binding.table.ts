import type { Generated } from '@jingtong/kit';

export interface VehicleBindingTable {
  id: Generated<string>;
  citizen_id: string;
  plate_enc: string;
  plate_idx: string;
  bound_at: Generated<Date>;
}
