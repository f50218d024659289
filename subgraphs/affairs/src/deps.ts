import type { AuditLog, Database, FieldCipher, Logger, Metrics } from '@jingtong/kit';
import type { AffairsAuditAction } from './audit/audit-actions.js';
import type { AffairsDatabase } from './db/tables/affairs-database.js';
import type { AffairsEnv } from './env.js';

export interface AffairsDeps {
  env: AffairsEnv;
  logger: Logger;
  metrics: Metrics;
  database: Database<AffairsDatabase>;
  cipher: FieldCipher;
  audit: AuditLog<AffairsAuditAction>;
  ready(): Promise<void>;
}
