import { createCacheStore, createMetrics, createDatabase, createLogger, createSoapClient, FieldCipher, keyringFromEnv, SqlAuditLog } from '@jingtong/kit';
import { CachedPopulationGateway, POPULATION_WSDL, SoapPopulationGateway } from '@jingtong/legacy-clients';
import { createCitizensDeps } from './modules/citizens/index.js';
import { createOfficersDeps } from './modules/officers/index.js';
import { createPartnersDeps } from './modules/partners/index.js';
import { TokenIssuer } from './modules/tokens/index.js';
import type { IdentityDatabase } from './db/identity-database.js';
import { migrations } from './db/migrations/index.js';
import type { IdentityAuditAction } from './modules/audit/audit-actions.js';
import type { IdentityDeps } from './deps.js';
import type { IdentityEnv } from './env.js';

export async function buildDeps(env: IdentityEnv, processEnv: NodeJS.ProcessEnv = process.env): Promise<IdentityDeps & { close(): Promise<void> }> {
  const logger = createLogger('identity', env.LOG_LEVEL);
  // One registry per instance: /metrics shows this instance's requests, legacy calls, cache and jobs.
  const metrics = createMetrics('identity');
  const database = await createDatabase<IdentityDatabase>({
    name: 'identity',
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    schema: env.DATABASE_SCHEMA,
    migrations,
  });
  const cache = createCacheStore({ redisUrl: env.REDIS_URL, prefix: `jt:${env.DATABASE_SCHEMA ?? 'identity'}:`, metrics });
  const cipher = new FieldCipher(keyringFromEnv(processEnv));
  const soap = await createSoapClient({
    metrics,
    system: 'population',
    wsdlPath: POPULATION_WSDL,
    endpoint: env.POPULATION_ENDPOINT,
    deadlineMs: env.LEGACY_DEADLINE_MS,
    maxInFlight: env.LEGACY_MAX_IN_FLIGHT,
    logger,
  });
  const population = new CachedPopulationGateway(new SoapPopulationGateway(soap), cache, cipher);
  const tokens = await TokenIssuer.create({
    privateJwk: env.IDENTITY_JWT_PRIVATE_JWK,
    issuer: env.IDENTITY_JWT_ISSUER,
    audience: env.IDENTITY_JWT_AUDIENCE,
  });
  const audit = new SqlAuditLog<IdentityAuditAction>(database.db);
  // Each module gets only what it needs.
  const citizens = await createCitizensDeps(env, { logger, database, cipher, audit, metrics });
  const { passwords } = await createOfficersDeps({ db: database.db, cipher, env });
  const { partnerKeys } = createPartnersDeps({ partnerKeyHashSecret: env.PARTNER_KEY_HASH_SECRET });
  return {
    env,
    logger,
    metrics,
    database,
    cache,
    cipher,
    population,
    tokens,
    audit,
    passwords,
    partnerKeys,
    citizens,
    ready: () => database.ping(),
    close: async () => {
      await citizens.close();
      soap.close();
      await cache.close();
      await database.close();
    },
  };
}
