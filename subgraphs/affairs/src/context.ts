import { type Caller, viewsContext } from '@jingtong/kit';
import type { AffairsDeps } from './deps.js';

export function buildContext(deps: AffairsDeps, caller: Caller) {
  return {
    caller,
    requestId: caller.requestId,
    deps,
    ...viewsContext(deps),
  };
}

export type AffairsContext = ReturnType<typeof buildContext>;
