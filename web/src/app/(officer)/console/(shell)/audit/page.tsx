import { AuditLogScreen } from '@/features/console/audit/audit-log-screen';
import { consoleMetadata } from '@/features/console/nav';

export const metadata = consoleMetadata('audit');

export default function Page() {
  return <AuditLogScreen />;
}
