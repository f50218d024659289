import type { Metadata } from 'next';
import { AuditLogScreen } from '@/features/audit-log/audit-log-screen';

export const metadata: Metadata = { title: '审计日志' };

export default function Page() {
  return <AuditLogScreen />;
}
