import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  KeyOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { OfficerRole } from '@/gql/graphql';
import { hasAnyRole } from './roles';

export interface NavEntry {
  href: string;
  label: string;
  icon: ReactNode;
  /** Who sees the entry (and may open the page); null: every officer. */
  roles: readonly OfficerRole[] | null;
}

/**
 * The console menu. Entries follow what the API lets each role do, so an
 * officer never sees a page that would only answer FORBIDDEN.
 */
export const NAV: readonly NavEntry[] = [
  { href: '/console/account', label: '我的账号', icon: <UserOutlined />, roles: null },
  { href: '/console/officers', label: '民警与角色', icon: <TeamOutlined />, roles: ['SYSTEM_ADMIN', 'SECURITY_ADMIN', 'LEADER'] },
  { href: '/console/units', label: '单位', icon: <ApartmentOutlined />, roles: ['SYSTEM_ADMIN', 'SECURITY_ADMIN', 'LEADER'] },
  { href: '/console/partner-keys', label: '合作方密钥', icon: <KeyOutlined />, roles: ['SYSTEM_ADMIN'] },
  { href: '/console/alerts', label: '在逃人员预警', icon: <AlertOutlined />, roles: ['WINDOW_OFFICER', 'REVIEWER', 'LEADER'] },
  { href: '/console/audit', label: '审计日志', icon: <AuditOutlined />, roles: ['AUDIT_ADMIN'] },
];

export const navFor = (roles: readonly OfficerRole[]) => NAV.filter((entry) => entry.roles === null || hasAnyRole(roles, entry.roles));

export const entryOf = (pathname: string) => NAV.find((entry) => pathname === entry.href || pathname.startsWith(`${entry.href}/`));
