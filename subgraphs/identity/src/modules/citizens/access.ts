import { AppError, isOfficerWith, OfficerRole } from '@jingtong/kit';
import type { CitizensContext } from './citizens-context.js';

/** Officers who handle citizens' business may read citizens (masked); administrators (三员) may not. */
export const CITIZEN_READERS = [OfficerRole.WINDOW_OFFICER, OfficerRole.REVIEWER, OfficerRole.LEADER] as const;
/** Officers who may see personal data unmasked, stating a purpose that is audited. */
export const CITIZEN_REVEALERS = [OfficerRole.WINDOW_OFFICER, OfficerRole.REVIEWER] as const;

export const isOfficerReader = (ctx: Pick<CitizensContext, 'caller'>) => isOfficerWith(ctx.caller, CITIZEN_READERS);

/** The citizen themself, or an officer with a business role; anyone else: FORBIDDEN. */
export function assertCanRead(ctx: Pick<CitizensContext, 'caller'>, citizenId: string): void {
  if (ctx.caller.kind === 'citizen' && ctx.caller.sub === citizenId) return;
  if (isOfficerReader(ctx)) return;
  throw new AppError('FORBIDDEN');
}
