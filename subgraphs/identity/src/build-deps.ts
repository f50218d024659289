import { createCacheStore, createDatabase, createLogger, createSoapClient, FieldCipher, keyringFromEnv, SqlAuditLog } from '@jingtong/kit';
import { CachedPopulationGateway, POPULATION_WSDL, SoapPopulationGateway } from '@jingtong/legacy-clients';
import { buildCitizenCentre } from './citizens/build-citizen-centre.js';
import type { IdentityDatabase } from './db/tables/citizen.table.js';
import { migrations } from './db/migrations/index.js';
import type { IdentityAuditAction } from './audit/audit-actions.js';
import type { IdentityDeps } from './deps.js';
import type { IdentityEnv } from './env.js';
import { TokenIssuer } from './tokens/token-issuer.js';
import { startAuditJob } from './audit/audit-job.js';
import { demoOfficersEnabled, seedDemoOfficers } from './officers/demo-officers.js';
import { PasswordHasher } from './officers/password-hasher.js';
import { PartnerKeyHasher } from './partners/partner-key-secret.js';

export async function buildDeps(env: IdentityEnv, processEnv: NodeJS.ProcessEnv = process.env): Promise<IdentityDeps & { close(): Promise<void> }> {
  const logger = createLogger('identity', env.LOG_LEVEL);
  const database = await createDatabase<IdentityDatabase>({
    name: 'identity',
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    schema: env.DATABASE_SCHEMA,
    migrations,
  });
  const cache = createCacheStore({ redisUrl: env.REDIS_URL, prefix: `jt:${env.DATABASE_SCHEMA ?? 'identity'}:` });
  const cipher = new FieldCipher(keyringFromEnv(processEnv));
  const soap = await createSoapClient({
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
  const citizens = await buildCitizenCentre(env, { logger, database, cipher, audit });
  const passwords = await PasswordHasher.create();
  if (demoOfficersEnabled(env)) await seedDemoOfficers(database.db, cipher, passwords);
  // Archive + verify the audit chain; off under NODE_ENV=test unless asked for (tests trigger it themselves).
  const auditJobIntervalMs = env.AUDIT_JOB_INTERVAL_MS ?? (env.NODE_ENV === 'test' ? 0 : 3_600_000);
  const auditJob = auditJobIntervalMs > 0 ? startAuditJob(database, logger, { intervalMs: auditJobIntervalMs, retentionDays: env.AUDIT_RETENTION_DAYS }) : null;
  return {
    env,
    logger,
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
      await auditJob?.stop();
      soap.close();
      await cache.close();
      await database.close();
    },
  };
}
