import { consoleMetadata } from '@/features/console/nav';
import { ReconciliationScreen } from '@/features/console/payments/reconciliation/reconciliation-screen';

export const metadata = consoleMetadata('reconciliation');

export default function Page() {
  return <ReconciliationScreen />;
}
