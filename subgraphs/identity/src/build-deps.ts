import { createCacheStore, createMetrics, createDatabase, createLogger, createSoapClient, FieldCipher, keyringFromEnv, SqlAuditLog } from '@jingtong/kit';
import { CachedPopulationGateway, POPULATION_WSDL, SMS_WSDL, SoapPopulationGateway, SoapSmsGateway } from '@jingtong/legacy-clients';
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
  const { db } = database;
  const audit = new SqlAuditLog<IdentityAuditAction>(db);
  // Each module gets only what it needs, and its resolvers see only what it built.
  const citizens = await createCitizensDeps(env, { logger, metrics, db, cipher, audit, cache, population, tokens });
  // Officers' own SMS client (one-time passwords, lock notices): the module does not reach into citizens'.
  const officerSmsSoap = await createSoapClient({ metrics, system: 'sms', wsdlPath: SMS_WSDL, endpoint: env.SMS_ENDPOINT, deadlineMs: env.LEGACY_DEADLINE_MS, maxInFlight: env.LEGACY_MAX_IN_FLIGHT, logger });
  const officers = await createOfficersDeps({ db, cipher, audit, tokens, sms: new SoapSmsGateway(officerSmsSoap, env.SMS_SIGN_NAME), env });
  const partners = createPartnersDeps({ db, audit, population, partnerKeyHashSecret: env.PARTNER_KEY_HASH_SECRET, verifyDailyLimit: env.VERIFY_PERSON_DAILY_LIMIT });
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
    citizens,
    officers,
    partners,
    ready: () => database.ping(),
    close: async () => {
      await citizens.close();
      soap.close();
      officerSmsSoap.close();
      await cache.close();
      await database.close();
    },
  };
}
