import { AppError } from '@jingtong/kit';
import type { IdentityContext } from '../context.js';
import { hasRole, OfficerRole } from '../officers/roles.js';

/** Officers who handle citizens' business may read citizens (masked); administrators (三员) may not. */
export const CITIZEN_READERS = [OfficerRole.WINDOW_OFFICER, OfficerRole.REVIEWER, OfficerRole.LEADER] as const;
/** Officers who may see personal data unmasked, stating a purpose that is audited. */
export const CITIZEN_REVEALERS = [OfficerRole.WINDOW_OFFICER, OfficerRole.REVIEWER] as const;

/** The signed-in citizen's id, or UNAUTHENTICATED. */
export function requireCitizen(ctx: IdentityContext): string {
  if (ctx.caller.kind !== 'citizen' || !ctx.caller.sub) throw new AppError('UNAUTHENTICATED');
  return ctx.caller.sub;
}

export const isOfficerReader = (ctx: IdentityContext) => ctx.caller.kind === 'officer' && !!ctx.caller.sub && hasRole(ctx.caller.roles, ...CITIZEN_READERS);

/** The citizen themself, or an officer with a business role; anyone else: FORBIDDEN. */
export function assertCanRead(ctx: IdentityContext, citizenId: string): void {
  if (ctx.caller.kind === 'citizen' && ctx.caller.sub === citizenId) return;
  if (isOfficerReader(ctx)) return;
  throw new AppError('FORBIDDEN');
}

/** The citizen themself only. */
export function assertSelf(ctx: IdentityContext, citizenId: string): void {
  if (ctx.caller.kind !== 'citizen' || ctx.caller.sub !== citizenId) throw new AppError('FORBIDDEN');
}
