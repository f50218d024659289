import { isAdminRole, OfficerRole } from '@jingtong/kit';

// The roles themselves are the kit's (every subgraph guards by them); who may hold which together is
// officer administration, identity's own.

const KNOWN = new Set<string>(Object.values(OfficerRole));

/**
 * Separation of duties: at most one administrator role, and an administrator holds no business role
 * (an administrator who could also handle cases could grant, do and hide the same thing).
 * Returns the roles de-duplicated and in a stable order, or why they conflict.
 */
export function checkRoleSet(roles: readonly string[]): { ok: true; roles: OfficerRole[] } | { ok: false; reason: 'UNKNOWN_ROLE' | 'ROLE_CONFLICT' } {
  const unique = [...new Set(roles)];
  if (unique.some((r) => !KNOWN.has(r))) return { ok: false, reason: 'UNKNOWN_ROLE' };
  const admin = unique.filter(isAdminRole);
  if (admin.length > 1 || (admin.length === 1 && unique.length > 1)) return { ok: false, reason: 'ROLE_CONFLICT' };
  const order = Object.values(OfficerRole);
  return { ok: true, roles: (unique as OfficerRole[]).sort((a, b) => order.indexOf(a) - order.indexOf(b)) };
}

