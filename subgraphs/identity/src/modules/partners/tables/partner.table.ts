import type { Generated } from '@jingtong/kit';

export interface PartnerTable {
  id: Generated<string>;
  name: string;
  created_at: Generated<Date>;
}
