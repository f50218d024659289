import { AppError, BUSINESS_ROLES, isOfficerWith, type Caller } from '@jingtong/kit';

/**
 * An order is the citizen's own, or any business officer's to look at (the window answers "did my payment
 * arrive?"). Anonymous callers are told to sign in; anyone else's order reads as not found.
 */
export function mayReadOrder(caller: Caller, citizenId: string): boolean {
  if (caller.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  if (caller.kind === 'citizen') return caller.sub === citizenId;
  return isOfficerWith(caller, BUSINESS_ROLES);
}
