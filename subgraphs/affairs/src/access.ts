import { AppError, type Caller, OfficerRole, requireOfficer } from '@jingtong/kit';

/**
 * Who configures businesses (classes, businesses, drafts, publishing) and reads that configuration in the console:
 * the system administrator or a leader. Window officers and reviewers work applications, not their rules. A signed-in
 * citizen or partner is known, just not allowed (FORBIDDEN); anyone not signed in is told to (UNAUTHENTICATED).
 */
export function requireConfigurer(caller: Caller) {
  if ((caller.kind === 'citizen' || caller.kind === 'partner') && caller.sub) throw new AppError('FORBIDDEN');
  return requireOfficer(caller, OfficerRole.SYSTEM_ADMIN, OfficerRole.LEADER);
}
