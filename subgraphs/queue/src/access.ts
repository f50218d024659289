import { AppError, BUSINESS_ROLES, type Caller, OfficerRole, isOfficerWith, requireOfficer, unitScope } from '@jingtong/kit';
import type { HallRow } from './db/repositories/halls.repository.js';

/** Who works a hall's desk (check-in, call, mark) and reads its board: business officers. */
export const requireDeskOfficer = (caller: Caller) => requireOfficer(caller, ...BUSINESS_ROLES);

/** Who sets a hall's capacity, online share and closures: the system administrator or a leader (audited). */
export const requireHallAdministrator = (caller: Caller) => requireOfficer(caller, OfficerRole.SYSTEM_ADMIN, OfficerRole.LEADER);

/** The hall is run by a unit the officer's scope covers (their unit and below; a leader the whole bureau). */
export const coversHall = (caller: Caller, hall: Pick<HallRow, 'unit_code'>) => unitScope(caller, 'business')?.covers(hall.unit_code) ?? false;

/** Halls are for citizens and officers; partner keys hold no queue scope. */
export function requireCitizenOrOfficer(caller: Caller): void {
  if (caller.kind === 'citizen' && caller.sub) return;
  if (caller.kind === 'officer' && caller.sub) return;
  throw new AppError(caller.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
}

/** A ticket is its citizen's own, or a business officer's of a unit that runs its hall. */
export const mayReadTicket = (caller: Caller, ticket: { citizen_id: string }, hall: Pick<HallRow, 'unit_code'> | undefined) =>
  (caller.kind === 'citizen' && caller.sub === ticket.citizen_id) || (isOfficerWith(caller, BUSINESS_ROLES) && !!hall && coversHall(caller, hall));
