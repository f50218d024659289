import type { Metadata } from 'next';
import type { OfficerRole } from '@/gql/graphql';
import { hasAnyRole } from './shell/roles';

export type ConsoleAreaKey = 'account' | 'officers' | 'approvals' | 'units' | 'partner-keys' | 'alerts' | 'payments' | 'reconciliation' | 'payment-statistics' | 'queue' | 'queue-statistics' | 'queue-halls' | 'audit' | 'jobs';

export interface ConsoleNavEntry {
  key: ConsoleAreaKey;
  label: string;
  route: `/console/${string}`;
  /** Who sees the entry (and may open the page); null: every officer. */
  roles: readonly OfficerRole[] | null;
}

/**
 * The console menu. Entries follow what the API lets each role do, so an
 * officer never sees a page that would only answer FORBIDDEN. Icons are the
 * shell's business (this list is read by server components for titles too).
 */
export const CONSOLE_NAV: readonly ConsoleNavEntry[] = [
  { key: 'account', label: '我的账号', route: '/console/account', roles: null },
  { key: 'officers', label: '民警与角色', route: '/console/officers', roles: ['SYSTEM_ADMIN', 'SECURITY_ADMIN', 'LEADER'] },
  // An administrator's reset waits here for another holder of that administrator role.
  { key: 'approvals', label: '待审批', route: '/console/approvals', roles: ['SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN'] },
  { key: 'units', label: '单位', route: '/console/units', roles: ['SYSTEM_ADMIN', 'SECURITY_ADMIN', 'LEADER'] },
  { key: 'partner-keys', label: '合作方密钥', route: '/console/partner-keys', roles: ['SYSTEM_ADMIN'] },
  { key: 'alerts', label: '在逃人员预警', route: '/console/alerts', roles: ['WINDOW_OFFICER', 'REVIEWER', 'LEADER'] },
  // The window answers "did my payment arrive?": every business officer reads the orders of every channel.
  { key: 'payments', label: '缴费订单', route: '/console/payments', roles: ['WINDOW_OFFICER', 'REVIEWER', 'LEADER'] },
  // The payment subgraph's rules: business officers read runs, differences and statistics; reviewers and leaders
  // settle a difference, only a leader starts a run (the page shows each officer what they may do).
  { key: 'reconciliation', label: '缴费对账', route: '/console/reconciliation', roles: ['WINDOW_OFFICER', 'REVIEWER', 'LEADER'] },
  { key: 'payment-statistics', label: '缴费统计', route: '/console/payment-statistics', roles: ['WINDOW_OFFICER', 'REVIEWER', 'LEADER'] },
  // The queue subgraph's rules (subgraphs/queue/src/access.ts): business officers of the hall's unit work its desk
  // and read its figures; the system administrator or a leader sets its capacity and closures.
  { key: 'queue', label: '排队叫号', route: '/console/queue', roles: ['WINDOW_OFFICER', 'REVIEWER', 'LEADER'] },
  { key: 'queue-statistics', label: '取号统计', route: '/console/queue-statistics', roles: ['WINDOW_OFFICER', 'REVIEWER', 'LEADER'] },
  { key: 'queue-halls', label: '大厅排号设置', route: '/console/queue-halls', roles: ['SYSTEM_ADMIN', 'LEADER'] },
  { key: 'audit', label: '审计日志', route: '/console/audit', roles: ['AUDIT_ADMIN'] },
  { key: 'jobs', label: '任务队列', route: '/console/jobs', roles: ['SYSTEM_ADMIN'] },
];

export const mayOpen = (entry: ConsoleNavEntry, roles: readonly OfficerRole[]) => entry.roles === null || hasAnyRole(roles, entry.roles);

export const navFor = (roles: readonly OfficerRole[]) => CONSOLE_NAV.filter((entry) => mayOpen(entry, roles));

export const entryOf = (pathname: string) => CONSOLE_NAV.find((entry) => pathname === entry.route || pathname.startsWith(`${entry.route}/`));

/** A console page's title, from the menu entry it belongs to. */
export function consoleMetadata(key: ConsoleAreaKey): Metadata {
  const entry = CONSOLE_NAV.find((candidate) => candidate.key === key);
  if (!entry) throw new Error(`no console area ${key}`);
  return { title: entry.label };
}
