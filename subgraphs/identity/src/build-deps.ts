import { fileURLToPath } from 'node:url';
import { createCacheStore, createDatabase, createLogger, createSoapClient, FieldCipher, keyringFromEnv, SqlAuditLog } from '@jingtong/kit';
import type { IdentityDatabase } from './db/tables/citizen.table.js';
import { migrations } from './db/migrations/index.js';
import type { IdentityDeps } from './deps.js';
import type { IdentityEnv } from './env.js';
import { CachedPopulationGateway } from './legacy/cached-population-gateway.js';
import { SoapPopulationGateway } from './legacy/soap-population-gateway.js';
import { TokenIssuer } from './tokens/token-issuer.js';

const POPULATION_WSDL = fileURLToPath(new URL('./legacy/wsdl/population.wsdl', import.meta.url));

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
  return {
    env,
    logger,
    database,
    cache,
    cipher,
    population,
    tokens,
    audit: new SqlAuditLog(database.db),
    close: async () => {
      soap.close();
      await cache.close();
      await database.close();
    },
  };
}
