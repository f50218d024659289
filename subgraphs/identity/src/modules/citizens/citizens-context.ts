import type { Caller } from '@jingtong/kit';
import type { CitizenLoaders } from './citizen-loaders.js';
import type { CitizensDeps } from './citizens-deps.js';

/** The part of identity's per-request context the citizens module's resolvers see. */
export interface CitizensContext {
  caller: Caller;
  requestId: string;
  citizens: CitizensDeps;
  /** Per request: DataLoaders never outlive it. */
  citizenLoaders: CitizenLoaders;
}
