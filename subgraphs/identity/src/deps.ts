import type { AuditLog, CacheStore, Database, FieldCipher, Logger, Metrics } from '@jingtong/kit';
import type { PopulationGateway } from '@jingtong/legacy-clients';
import type { IdentityAuditAction } from './modules/audit/audit-actions.js';
import type { CitizenCentreDeps } from './modules/citizens/citizen-centre-deps.js';
import type { IdentityDatabase } from './db/identity-database.js';
import type { IdentityEnv } from './env.js';
import type { PasswordHasher } from './modules/officers/password-hasher.js';
import type { PartnerKeyHasher } from './modules/partners/partner-key-secret.js';
import type { TokenIssuer } from './modules/tokens/token-issuer.js';

/** Everything identity's resolvers need, built once per process. */
export interface IdentityDeps {
  env: IdentityEnv;
  logger: Logger;
  metrics: Metrics;
  database: Database<IdentityDatabase>;
  cache: CacheStore;
  cipher: FieldCipher;
  population: PopulationGateway;
  tokens: TokenIssuer;
  audit: AuditLog<IdentityAuditAction>;
  /** Officers' passwords (argon2id). */
  passwords: PasswordHasher;
  /** Partner API keys at rest (keyed hash). */
  partnerKeys: PartnerKeyHasher;
  /** Citizen user centre: sign-in channels, SMS codes, real-name, bindings, fugitive screening. */
  citizens: CitizenCentreDeps;
  /** Readiness: the database answers. */
  ready(): Promise<void>;
}
