import type { AuditLog, Kysely } from '@jingtong/kit';
import type { PopulationGateway } from '@jingtong/legacy-clients';
import type { IdentityDatabase } from '../../db/identity-database.js';
import type { IdentityAuditAction } from '../audit/audit-actions.js';
import { PartnerKeyHasher } from './partner-key-secret.js';

/** What the partners module works with: its tables, the trail, the population register (verifyPerson), the key hasher. */
export interface PartnersDeps {
  db: Kysely<IdentityDatabase>;
  audit: AuditLog<IdentityAuditAction>;
  population: PopulationGateway;
  /** Partner API keys at rest (keyed hash). */
  keyHasher: PartnerKeyHasher;
  /** verifyPerson checks a partner may make per day (VERIFY_PERSON_DAILY_LIMIT): bounds it as a name oracle. */
  verifyDailyLimit: number;
}

/** Built once per process from what identity's container shares and the secret that hashes API keys at rest. */
export const createPartnersDeps = (deps: Omit<PartnersDeps, 'keyHasher'> & { partnerKeyHashSecret: string }): PartnersDeps => ({
  verifyDailyLimit: deps.verifyDailyLimit,
  db: deps.db,
  audit: deps.audit,
  population: deps.population,
  keyHasher: new PartnerKeyHasher(deps.partnerKeyHashSecret),
});
