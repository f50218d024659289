import type { AuditDatabase, AuditIntegrityDatabase, JobDatabase } from '@jingtong/kit';
import type { BusinessClassTable } from './business-class.table.js';
import type { BusinessDraftTable } from './business-draft.table.js';
import type { BusinessVersionTable } from './business-version.table.js';
import type { BusinessTable } from './business.table.js';

export interface AffairsDatabase extends AuditDatabase, AuditIntegrityDatabase, JobDatabase {
  business_classes: BusinessClassTable;
  businesses: BusinessTable;
  business_drafts: BusinessDraftTable;
  business_versions: BusinessVersionTable;
}
