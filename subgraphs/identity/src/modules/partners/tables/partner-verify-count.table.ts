import type { Generated } from '@jingtong/kit';

/** How many verifyPerson checks a partner made on one day (Asia/Shanghai). */
export interface PartnerVerifyCountTable {
  partner_id: string;
  day: string;
  count: number;
  updated_at: Generated<Date>;
}
