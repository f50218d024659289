import type { PartnerKeyTable } from './partner-key.table.js';
import type { PartnerTable } from './partner.table.js';
import type { PartnerVerifyCountTable } from './partner-verify-count.table.js';

/** The partners module's tables. */
export interface PartnersDatabase {
  partners: PartnerTable;
  partner_keys: PartnerKeyTable;
  partner_verify_counts: PartnerVerifyCountTable;
}
