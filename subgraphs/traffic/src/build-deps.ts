import { createCacheStore, createMetrics, createLogger, createSoapClient, FieldCipher, keyringFromEnv } from '@jingtong/kit';
import { CachedTrafficGateway, SoapTrafficGateway, TRAFFIC_WSDL } from '@jingtong/legacy-clients/traffic';
import type { TrafficDeps } from './deps.js';
import type { TrafficEnv } from './env.js';

export async function buildDeps(env: TrafficEnv, processEnv: NodeJS.ProcessEnv = process.env): Promise<TrafficDeps & { close(): Promise<void> }> {
  const logger = createLogger('traffic', env.LOG_LEVEL);
  // One registry per instance: /metrics shows this instance's requests, legacy calls, cache and jobs.
  const metrics = createMetrics('traffic');
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
  const traffic = new CachedTrafficGateway(soapGateway, cache, new FieldCipher(keyringFromEnv(processEnv)), {
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
    soap,
    close: async () => {
      soap.close();
      await cache.close();
    },
  };
}
