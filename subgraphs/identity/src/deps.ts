import type { AuditLog, CacheStore, Database, FieldCipher, Logger } from '@jingtong/kit';
import type { IdentityDatabase } from './db/tables/citizen.table.js';
import type { IdentityEnv } from './env.js';
import type { PopulationGateway } from './legacy/population-gateway.js';
import type { TokenIssuer } from './tokens/token-issuer.js';

/** Everything identity's resolvers need, built once per process. */
export interface IdentityDeps {
  env: IdentityEnv;
  logger: Logger;
  database: Database<IdentityDatabase>;
  cache: CacheStore;
  cipher: FieldCipher;
  population: PopulationGateway;
  tokens: TokenIssuer;
  audit: AuditLog;
}
