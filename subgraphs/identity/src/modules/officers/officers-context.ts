import type { Caller } from '@jingtong/kit';
import type { OfficersDeps } from './officers-deps.js';

/** The part of identity's per-request context the officers module's resolvers see. */
export interface OfficersContext {
  caller: Caller;
  requestId: string;
  officers: OfficersDeps;
}
