import type { Caller } from '@jingtong/kit';
import type { PartnersDeps } from './partners-deps.js';

/** The part of identity's per-request context the partners module's resolvers see. */
export interface PartnersContext {
  caller: Caller;
  requestId: string;
  partners: PartnersDeps;
}
