import { type Caller, viewsContext } from '@jingtong/kit';
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
    ...viewsContext(deps),
  };
}

export type TrafficContext = ReturnType<typeof buildContext>;
