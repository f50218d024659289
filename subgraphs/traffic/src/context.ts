import { AppError, type Caller } from '@jingtong/kit';
import type { TrafficDeps } from './deps.js';
import { trafficLoaders } from './loaders/traffic.loaders.js';
import { trafficAccess } from './access.js';

export function buildContext(deps: TrafficDeps, caller: Caller) {
  const stale = new Set<string>();
  const callCtx = { requestId: caller.requestId, markStale: (source: string) => stale.add(source) };
  return {
    caller,
    requestId: caller.requestId,
    stale,
    loaders: trafficLoaders(deps.traffic, callCtx),
    access: trafficAccess(caller),
    /** A citizen's own data only. */
    assertSelf(citizenId: string) {
      if (caller.kind !== 'citizen' || caller.sub !== citizenId) throw new AppError('FORBIDDEN');
    },
  };
}

export type TrafficContext = ReturnType<typeof buildContext>;
