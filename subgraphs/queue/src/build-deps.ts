import { createCacheStore, createDatabase, createLogger, createMetrics, createSoapClient, FieldCipher, keyringFromEnv, SqlAuditLog } from '@jingtong/kit';
import { QUEUE_WSDL, SoapQueueMachine } from '@jingtong/legacy-clients/queue';
import type { QueueAuditAction } from './audit/audit-actions.js';
import { systemClock } from './clock.js';
import { migrations } from './db/migrations/index.js';
import type { QueueDatabase } from './db/tables/queue-database.js';
import type { QueueDeps } from './deps.js';
import type { QueueEnv } from './env.js';
import { DayStatusCache } from './machine/day-status-cache.js';

export async function buildDeps(env: QueueEnv, processEnv: NodeJS.ProcessEnv = process.env): Promise<QueueDeps & { close(): Promise<void> }> {
  const logger = createLogger('queue', env.LOG_LEVEL);
  const metrics = createMetrics('queue');
  const database = await createDatabase<QueueDatabase>({ name: 'queue', databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, schema: env.DATABASE_SCHEMA, migrations });
  const cache = createCacheStore({ redisUrl: env.REDIS_URL, prefix: `jt:${env.DATABASE_SCHEMA ?? 'queue'}:`, metrics });
  const soap = await createSoapClient({
    metrics,
    system: 'queue',
    wsdlPath: QUEUE_WSDL,
    endpoint: env.QUEUE_ENDPOINT,
    deadlineMs: env.LEGACY_DEADLINE_MS,
    maxInFlight: env.LEGACY_MAX_IN_FLIGHT,
    breaker: { volumeThreshold: env.LEGACY_BREAKER_VOLUME, resetTimeoutMs: env.LEGACY_BREAKER_RESET_MS },
    logger,
  });
  const machine = new SoapQueueMachine(soap);
  return {
    env,
    logger,
    metrics,
    database,
    // Nothing of the queue's own is personal data; the cipher opens the remarks the kit's audit view shows.
    cipher: new FieldCipher(keyringFromEnv(processEnv)),
    audit: new SqlAuditLog<QueueAuditAction>(database.db),
    cache,
    machine,
    days: new DayStatusCache(machine, cache, { ttlMs: env.QUEUE_STATUS_CACHE_MS, staleMs: env.QUEUE_STATUS_STALE_MS }),
    clock: systemClock(),
    soap,
    ready: () => database.ping(),
    close: async () => {
      soap.close();
      await cache.close();
      await database.close();
    },
  };
}
