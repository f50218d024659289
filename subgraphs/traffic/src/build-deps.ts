import { createCacheStore, createDatabase, createMetrics, createLogger, createSoapClient, FieldCipher, keyringFromEnv, peerBaseUrl, SqlAuditLog } from '@jingtong/kit';
import { CachedTrafficGateway, SoapTrafficGateway, TRAFFIC_WSDL } from '@jingtong/legacy-clients/traffic';
import type { TrafficAuditAction } from './audit/audit-actions.js';
import { migrations } from './db/migrations/index.js';
import type { TrafficDatabase } from './db/tables/traffic-database.js';
import type { TrafficDeps } from './deps.js';
import { identityVehicleBindings } from './fines/identity-bindings.js';
import type { TrafficEnv } from './env.js';

export async function buildDeps(env: TrafficEnv, processEnv: NodeJS.ProcessEnv = process.env): Promise<TrafficDeps & { close(): Promise<void> }> {
  const logger = createLogger('traffic', env.LOG_LEVEL);
  // One registry per instance: /metrics shows this instance's requests, legacy calls, cache and jobs.
  const metrics = createMetrics('traffic');
  const database = await createDatabase<TrafficDatabase>({ name: 'traffic', databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, schema: env.DATABASE_SCHEMA, migrations });
  const cache = createCacheStore({ redisUrl: env.REDIS_URL, prefix: `jt:${env.DATABASE_SCHEMA ?? 'traffic'}:`, metrics });
  const soap = await createSoapClient({
    metrics,
    system: 'traffic',
    wsdlPath: TRAFFIC_WSDL,
    endpoint: env.TRAFFIC_ENDPOINT,
    deadlineMs: env.LEGACY_DEADLINE_MS,
    maxInFlight: env.LEGACY_MAX_IN_FLIGHT,
    breaker: { volumeThreshold: env.LEGACY_BREAKER_VOLUME, resetTimeoutMs: env.LEGACY_BREAKER_RESET_MS },
    logger,
  });
  const soapGateway = new SoapTrafficGateway(soap, { userId: env.TRAFFIC_USER_ID, password: env.TRAFFIC_PASSWORD, sysCode: env.TRAFFIC_SYS_CODE });
  const cipher = new FieldCipher(keyringFromEnv(processEnv));
  const traffic = new CachedTrafficGateway(soapGateway, cache, cipher, {
    vehiclesMs: env.CACHE_VEHICLES_TTL_MS,
    violationsMs: env.CACHE_VIOLATIONS_TTL_MS,
    staleMs: env.CACHE_STALE_MS,
  });
  return {
    env,
    logger,
    metrics,
    cache,
    traffic,
    platform: soapGateway,
    processEnv,
    bindings: identityVehicleBindings({ identityUrl: () => peerBaseUrl('identity', processEnv), secret: env.CALLER_SIGNING_SECRET }),
    soap,
    database,
    cipher,
    audit: new SqlAuditLog<TrafficAuditAction>(database.db),
    ready: () => database.ping(),
    close: async () => {
      soap.close();
      await cache.close();
      await database.close();
    },
  };
}
