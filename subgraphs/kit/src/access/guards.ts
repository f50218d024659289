import type { Caller } from '../caller/caller.js';
import { AppError } from '../errors/app-error.js';
import { hasRole, type OfficerRole } from './roles.js';

export interface SignedInOfficer {
  id: string;
  roles: string[];
  unit: string;
  sid?: string;
}

/**
 * The caller as an officer, or UNAUTHENTICATED; with roles given, FORBIDDEN unless one is held.
 * The gateway has already touched the session (idle expiry) and put the officer's current roles and unit
 * in the signed caller, so they are trusted here as they are.
 */
export function requireOfficer(caller: Caller, ...allowed: OfficerRole[]): SignedInOfficer {
  if (caller.kind !== 'officer' || !caller.sub || !caller.unit) throw new AppError('UNAUTHENTICATED');
  if (allowed.length > 0 && !hasRole(caller.roles, ...allowed)) throw new AppError('FORBIDDEN');
  return { id: caller.sub, roles: caller.roles, unit: caller.unit, sid: caller.sid };
}

/** The signed-in citizen's id, or UNAUTHENTICATED. */
export function requireCitizen(caller: Caller): string {
  if (caller.kind !== 'citizen' || !caller.sub) throw new AppError('UNAUTHENTICATED');
  return caller.sub;
}

/** The citizen themself only: someone else's data is FORBIDDEN, whoever asks. */
export function assertSelf(caller: Caller, citizenId: string): void {
  if (caller.kind !== 'citizen' || caller.sub !== citizenId) throw new AppError('FORBIDDEN');
}

export const isOfficerWith = (caller: Caller, roles: readonly OfficerRole[]) => caller.kind === 'officer' && !!caller.sub && hasRole(caller.roles, ...roles);

/** A partner key holding `scope` (FORBIDDEN with `requiredScope` otherwise); for other callers, false. */
export function partnerHolds(caller: Caller, scope: string): boolean {
  if (caller.kind !== 'partner') return false;
  if (!caller.scopes.includes(scope)) throw new AppError('FORBIDDEN', { details: { requiredScope: scope } });
  return true;
}
