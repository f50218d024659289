import type { OfficerRole } from '@/gql/graphql';

export const ROLE_LABELS: Record<OfficerRole, string> = {
  WINDOW_OFFICER: '窗口民警',
  REVIEWER: '审核民警',
  LEADER: '领导',
  SYSTEM_ADMIN: '系统管理员',
  SECURITY_ADMIN: '安全管理员',
  AUDIT_ADMIN: '审计管理员',
};

export const BUSINESS_ROLES: readonly OfficerRole[] = ['WINDOW_OFFICER', 'REVIEWER', 'LEADER'];
/** 三员: each held alone, by three different people (identity enforces it; the forms say so first). */
export const ADMIN_ROLES: readonly OfficerRole[] = ['SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN'];

export const isAdminRole = (role: OfficerRole) => ADMIN_ROLES.includes(role);

export const hasAnyRole = (roles: readonly OfficerRole[], wanted: readonly OfficerRole[]) => wanted.some((role) => roles.includes(role));

/** Null when the set is allowed; else why not (the same rule identity applies). */
export function roleSetProblem(roles: readonly OfficerRole[]): string | null {
  const admin = roles.filter(isAdminRole);
  if (admin.length > 1) return '系统管理员、安全管理员、审计管理员须由不同人员担任，不能兼任';
  if (admin.length === 1 && roles.length > 1) return '管理员角色不能与业务角色兼任';
  return null;
}
