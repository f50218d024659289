import { AccountBookOutlined, AlertOutlined, ApartmentOutlined, AuditOutlined, BarChartOutlined, FundOutlined, KeyOutlined, NumberOutlined, ReconciliationOutlined, SafetyCertificateOutlined, ScheduleOutlined, SettingOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { ConsoleAreaKey } from '@/features/console/nav';

/** The menu's icon for each console area (the nav list itself stays plain data). */
export const CONSOLE_MENU_ICONS: Record<ConsoleAreaKey, ReactNode> = {
  account: <UserOutlined />,
  officers: <TeamOutlined />,
  approvals: <SafetyCertificateOutlined />,
  units: <ApartmentOutlined />,
  'partner-keys': <KeyOutlined />,
  alerts: <AlertOutlined />,
  payments: <AccountBookOutlined />,
  reconciliation: <ReconciliationOutlined />,
  'payment-statistics': <FundOutlined />,
  queue: <NumberOutlined />,
  'queue-statistics': <BarChartOutlined />,
  'queue-halls': <SettingOutlined />,
  audit: <AuditOutlined />,
  jobs: <ScheduleOutlined />,
};
