import type { Caller } from '@jingtong/kit';
import type { TrafficDeps } from './deps.js';
import { trafficLoaders } from './loaders/traffic.loaders.js';

export function buildContext(deps: TrafficDeps, caller: Caller) {
  const stale = new Set<string>();
  const callCtx = { requestId: caller.requestId, markStale: (source: string) => stale.add(source) };
  return {
    caller,
    requestId: caller.requestId,
    stale,
    loaders: trafficLoaders(deps.traffic, callCtx),
    deps,
    /** The kit's audit trail resolvers read this subgraph's own rows. */
    auditDb: deps.database.db,
    /** …and open the remarks disclose() sealed into them, for the audit administrator. */
    unseal: (sealed: string) => deps.cipher.decrypt(sealed),
    /** …and the kit's job queue resolvers this subgraph's own jobs (retries audited). */
    jobsDb: deps.database.db,
    audit: deps.audit,
    logger: deps.logger,
  };
}

export type TrafficContext = ReturnType<typeof buildContext>;
