import { createCacheStore, createMetrics, createDatabase, createLogger, createSoapClient, FieldCipher, keyringFromEnv, SqlAuditLog } from '@jingtong/kit';
import { CachedPopulationGateway, POPULATION_WSDL, SoapPopulationGateway } from '@jingtong/legacy-clients';
import { buildCitizenCentre } from './citizens/build-citizen-centre.js';
import type { IdentityDatabase } from './db/tables/citizen.table.js';
import { migrations } from './db/migrations/index.js';
import type { IdentityAuditAction } from './audit/audit-actions.js';
import type { IdentityDeps } from './deps.js';
import type { IdentityEnv } from './env.js';
import { TokenIssuer } from './tokens/token-issuer.js';
import { demoOfficersEnabled, seedDemoOfficers } from './officers/demo-officers.js';
import { PasswordHasher } from './officers/password-hasher.js';
import { PartnerKeyHasher } from './partners/partner-key-secret.js';

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
  const citizens = await buildCitizenCentre(env, { logger, database, cipher, audit, metrics });
  const passwords = await PasswordHasher.create();
  if (demoOfficersEnabled(env)) await seedDemoOfficers(database.db, cipher, passwords);
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
    partnerKeys: new PartnerKeyHasher(env.PARTNER_KEY_HASH_SECRET),
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
