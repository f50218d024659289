import { type Caller, viewsContext } from '@jingtong/kit';
import type { QueueDeps } from './deps.js';
import { queueLoaders } from './loaders/queue.loaders.js';

export function buildContext(deps: QueueDeps, caller: Caller) {
  const stale = new Set<string>();
  const callCtx = { requestId: caller.requestId, markStale: (source: string) => stale.add(source) };
  return {
    caller,
    requestId: caller.requestId,
    stale,
    callCtx,
    loaders: queueLoaders(deps, callCtx),
    deps,
    ...viewsContext(deps),
  };
}

export type QueueContext = ReturnType<typeof buildContext>;
