/**
 * What an officer may do: the same roles in every subgraph (identity stores them in `officers.roles`
 * and puts them in the signed caller; the GraphQL enum has the same names).
 */
export enum OfficerRole {
  WINDOW_OFFICER = 'WINDOW_OFFICER',
  REVIEWER = 'REVIEWER',
  LEADER = 'LEADER',
  SYSTEM_ADMIN = 'SYSTEM_ADMIN',
  SECURITY_ADMIN = 'SECURITY_ADMIN',
  AUDIT_ADMIN = 'AUDIT_ADMIN',
}

/** The three administrators of MLPS level 3 (三员): always three different people, with no business role. */
export const ADMIN_ROLES: readonly OfficerRole[] = [OfficerRole.SYSTEM_ADMIN, OfficerRole.SECURITY_ADMIN, OfficerRole.AUDIT_ADMIN];
/** Officers who handle citizens' business (accept, review, approve). */
export const BUSINESS_ROLES: readonly OfficerRole[] = [OfficerRole.WINDOW_OFFICER, OfficerRole.REVIEWER, OfficerRole.LEADER];

export const isAdminRole = (role: string) => (ADMIN_ROLES as readonly string[]).includes(role);

export const hasRole = (roles: readonly string[], ...wanted: OfficerRole[]) => wanted.some((w) => roles.includes(w));
