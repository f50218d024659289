import { AppError, type Caller } from '@jingtong/kit';
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
