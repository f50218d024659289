import type { AuditLog, CacheStore, Database, FieldCipher, LegacySoapClient, Logger, Metrics } from '@jingtong/kit';
import type { TrafficAuditAction } from './audit/audit-actions.js';
import type { TrafficDatabase } from './db/tables/traffic-database.js';
import type { TrafficEnv } from './env.js';
import type { TrafficGateway } from '@jingtong/legacy-clients/traffic';
import type { VehicleBindings } from './fines/identity-bindings.js';

export interface TrafficDeps {
  env: TrafficEnv;
  logger: Logger;
  metrics: Metrics;
  cache: CacheStore;
  /** Cached: what queries read, and the payment write-back (which drops the plate's cached violations). */
  traffic: TrafficGateway;
  /** The platform itself, uncached: what a payment reads first.*/
  platform: TrafficGateway;
  bindings: VehicleBindings;
  /** The env this instance was built from (where the payment subgraph is, for the outbox). */
  processEnv: NodeJS.ProcessEnv;
  soap: LegacySoapClient;
  database: Database<TrafficDatabase>;
  cipher: FieldCipher;
  audit: AuditLog<TrafficAuditAction>;
  ready(): Promise<void>;
}
