import type { AuditLog, CacheStore, Database, FieldCipher, Logger, Metrics } from '@jingtong/kit';
import type { PopulationGateway } from '@jingtong/legacy-clients';
import type { IdentityAuditAction } from './modules/audit/audit-actions.js';
import type { CitizensDeps } from './modules/citizens/index.js';
import type { OfficersDeps } from './modules/officers/index.js';
import type { PartnersDeps } from './modules/partners/index.js';
import type { IdentityDatabase } from './db/identity-database.js';
import type { IdentityEnv } from './env.js';
import type { TokenIssuer } from './modules/tokens/token-issuer.js';

/**
 * Identity's container, built once per process. Resolvers never see it: the context hands each
 * module its own object (`citizens`, `officers`, `partners`); the container serves the wiring
 * (routes, jobs, readiness) and the test kit.
 */
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
  /** Citizen user centre: sign-in channels, SMS codes, real-name, bindings, projections, fugitive screening. */
  citizens: CitizensDeps;
  /** Officers and units: passwords (argon2id), TOTP, sessions. */
  officers: OfficersDeps;
  /** Partner departments: API keys (keyed hash at rest), verifyPerson. */
  partners: PartnersDeps;
  /** Readiness: the database answers. */
  ready(): Promise<void>;
}
