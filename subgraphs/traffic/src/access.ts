import { AppError, BUSINESS_ROLES, isOfficerWith, partnerHolds, type Caller } from '@jingtong/kit';

/** Scopes this subgraph registered in subgraphs/registry.ts and enforces here. */
export const TRAFFIC_SCOPES = { vehicle: 'traffic.vehicle:read', violation: 'traffic.violation:read' } as const;

/** A vehicle by plate: partner departments holding the vehicle scope, and business officers. */
export function requireVehicleReader(caller: Caller): void {
  if (partnerHolds(caller, TRAFFIC_SCOPES.vehicle)) return;
  if (isOfficerWith(caller, BUSINESS_ROLES)) return;
  throw new AppError('FORBIDDEN');
}

/** Citizens reach violations only through their own bound vehicles; partners need the violation scope. */
export function requireViolationReader(caller: Caller): void {
  if (caller.kind === 'partner') partnerHolds(caller, TRAFFIC_SCOPES.violation);
}
