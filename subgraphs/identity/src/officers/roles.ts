/** What an officer may do. Stored as text in `officers.roles`; the GraphQL enum has the same names. */
export enum OfficerRole {
  WINDOW_OFFICER = 'WINDOW_OFFICER',
  REVIEWER = 'REVIEWER',
  LEADER = 'LEADER',
  SYSTEM_ADMIN = 'SYSTEM_ADMIN',
  SECURITY_ADMIN = 'SECURITY_ADMIN',
  AUDIT_ADMIN = 'AUDIT_ADMIN',
}

/** The three administrators of MLPS level 3 (三员): always three different people. */
export const ADMIN_ROLES: readonly OfficerRole[] = [OfficerRole.SYSTEM_ADMIN, OfficerRole.SECURITY_ADMIN, OfficerRole.AUDIT_ADMIN];
export const BUSINESS_ROLES: readonly OfficerRole[] = [OfficerRole.WINDOW_OFFICER, OfficerRole.REVIEWER, OfficerRole.LEADER];

const KNOWN = new Set<string>(Object.values(OfficerRole));

export const isAdminRole = (role: string) => (ADMIN_ROLES as readonly string[]).includes(role);

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

export const hasRole = (roles: readonly string[], ...wanted: OfficerRole[]) => wanted.some((w) => roles.includes(w));
