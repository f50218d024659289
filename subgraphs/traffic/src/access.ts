import { AppError, type Caller } from '@jingtong/kit';

/** Scopes a partner key must hold for traffic data (the list is identity's `partners/scopes`). */
export const TRAFFIC_SCOPES = { vehicle: 'traffic.vehicle:read', violation: 'traffic.violation:read' } as const;

const BUSINESS_ROLES = ['WINDOW_OFFICER', 'REVIEWER', 'LEADER'];

/** Who may read traffic data outside "my own vehicles". */
export function trafficAccess(caller: Caller) {
  const refuse = (requiredScope?: string) =>
    new AppError('FORBIDDEN', { details: requiredScope ? { requiredScope } : {} });
  const isBusinessOfficer = caller.kind === 'officer' && caller.roles.some((r) => BUSINESS_ROLES.includes(r));
  return {
    requireVehicleReader() {
      if (caller.kind === 'partner' && caller.scopes.includes(TRAFFIC_SCOPES.vehicle)) return;
      if (isBusinessOfficer) return;
      throw refuse(caller.kind === 'partner' ? TRAFFIC_SCOPES.vehicle : undefined);
    },
    /** Citizens reach violations only through their own bound vehicles; partners need the violation scope. */
    requireViolationReader() {
      if (caller.kind === 'partner' && !caller.scopes.includes(TRAFFIC_SCOPES.violation)) throw refuse(TRAFFIC_SCOPES.violation);
    },
  };
}
