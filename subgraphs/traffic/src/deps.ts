import type { AuditLog, CacheStore, Database, FieldCipher, LegacySoapClient, Logger, Metrics } from '@jingtong/kit';
import type { TrafficAuditAction } from './audit/audit-actions.js';
import type { TrafficDatabase } from './db/tables/traffic-database.js';
import type { TrafficEnv } from './env.js';
import type { TrafficGateway } from '@jingtong/legacy-clients/traffic';

export interface TrafficDeps {
  env: TrafficEnv;
  logger: Logger;
  metrics: Metrics;
  cache: CacheStore;
  traffic: TrafficGateway;
  soap: LegacySoapClient;
  database: Database<TrafficDatabase>;
  cipher: FieldCipher;
  audit: AuditLog<TrafficAuditAction>;
  ready(): Promise<void>;
}
