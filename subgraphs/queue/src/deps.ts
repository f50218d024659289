import type { AuditLog, CacheStore, Database, FieldCipher, LegacySoapClient, Logger, Metrics } from '@jingtong/kit';
import type { QueueMachine } from '@jingtong/legacy-clients/queue';
import type { QueueAuditAction } from './audit/audit-actions.js';
import type { Clock } from './clock.js';
import type { QueueDatabase } from './db/tables/queue-database.js';
import type { QueueEnv } from './env.js';
import type { DayStatusCache } from './machine/day-status-cache.js';

export interface QueueDeps {
  env: QueueEnv;
  logger: Logger;
  metrics: Metrics;
  database: Database<QueueDatabase>;
  cipher: FieldCipher;
  audit: AuditLog<QueueAuditAction>;
  cache: CacheStore;
  /** The halls' queue machines, asked directly: every write, and reads that must be fresh (jobs). */
  machine: QueueMachine;
  /** A hall's day from the machines through the cache: live status, boards, statistics. */
  days: DayStatusCache;
  clock: Clock;
  soap: LegacySoapClient;
  ready(): Promise<void>;
}
