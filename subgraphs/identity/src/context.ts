import { type AuditTrailContext, type Caller, type JobQueueContext, viewsContext } from '@jingtong/kit';
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
    ...viewsContext(deps),
  } satisfies CitizensContext & OfficersContext & PartnersContext & AuditTrailContext & JobQueueContext;
}

export type IdentityContext = ReturnType<typeof buildContext>;
