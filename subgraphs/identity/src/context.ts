import type { AuditTrailContext, Caller, JobQueueContext } from '@jingtong/kit';
import type { IdentityDeps } from './deps.js';
import { citizenLoaders } from './modules/citizens/index.js';
import type { CitizensContext } from './modules/citizens/citizens-context.js';
import type { OfficersContext } from './modules/officers/officers-context.js';
import type { PartnersContext } from './modules/partners/partners-context.js';

/**
 * Built per request: DataLoaders never outlive it. Each module's resolvers see their own field
 * (`citizens` + `citizenLoaders`, `officers`, `partners`; typed `CitizensContext`, `OfficersContext`,
 * `PartnersContext`), never the container; the kit's audit and job-queue views read the rest.
 */
export function buildContext(deps: IdentityDeps, caller: Caller) {
  return {
    caller,
    requestId: caller.requestId,
    citizens: deps.citizens,
    citizenLoaders: citizenLoaders(deps.citizens),
    officers: deps.officers,
    partners: deps.partners,
    /** The kit's audit trail resolvers read this subgraph's own rows… */
    auditDb: deps.database.db,
    /** …and open the remarks disclose() sealed into them, for the audit administrator. */
    unseal: (sealed: string) => deps.cipher.decrypt(sealed),
    /** …and the kit's job queue resolvers this subgraph's own jobs (retries audited). */
    jobsDb: deps.database.db,
    audit: deps.audit,
    logger: deps.logger,
  } satisfies CitizensContext & OfficersContext & PartnersContext & AuditTrailContext & JobQueueContext;
}

export type IdentityContext = ReturnType<typeof buildContext>;
