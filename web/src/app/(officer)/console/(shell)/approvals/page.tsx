import { ResetApprovalsScreen } from '@/features/console/approvals/reset-approvals-screen';
import { consoleMetadata } from '@/features/console/nav';

export const metadata = consoleMetadata('approvals');

export default function Page() {
  return <ResetApprovalsScreen />;
}
