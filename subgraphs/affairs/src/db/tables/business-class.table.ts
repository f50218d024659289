import type { Generated } from '@jingtong/kit';

export type BusinessClassStatus = 'ACTIVE' | 'CANCELLED';

/** 业务类 (2.7.5.2): 治安业务, 户政业务…; businesses name it by id, so a rename reaches them all. */
export interface BusinessClassTable {
  id: string;
  /** 01–99, never reused. */
  code: string;
  name: string;
  description: string | null;
  status: Generated<BusinessClassStatus>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  cancelled_at: Date | null;
}
