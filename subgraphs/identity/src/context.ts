import type { Caller } from '@jingtong/kit';
import type { IdentityDeps } from './deps.js';
import { citizenLoaders } from './modules/citizens/citizen-loaders.js';
import { citizenByIdLoader } from './modules/citizens/citizen-by-id.loader.js';

/** Built per request: DataLoaders never outlive it. */
export function buildContext(deps: IdentityDeps, caller: Caller) {
  return {
    caller,
    requestId: caller.requestId,
    deps,
    /** The kit's audit trail resolvers read this subgraph's own rows. */
    auditDb: deps.database.db,
    /** …and the kit's job queue resolvers this subgraph's own jobs (retries audited). */
    jobsDb: deps.database.db,
    audit: deps.audit,
    logger: deps.logger,
    loaders: {
      citizenById: citizenByIdLoader(deps),
    },
    /** Citizen user centre: bindings, real-name status, channel accounts. */
    citizenLoaders: citizenLoaders(deps),
  };
}

export type IdentityContext = ReturnType<typeof buildContext>;
