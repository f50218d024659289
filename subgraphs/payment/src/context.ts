import { type Caller, viewsContext } from '@jingtong/kit';
import type { PaymentDeps } from './deps.js';

export function buildContext(deps: PaymentDeps, caller: Caller) {
  return {
    caller,
    requestId: caller.requestId,
    deps,
    ...viewsContext(deps),
  };
}

export type PaymentContext = ReturnType<typeof buildContext>;
