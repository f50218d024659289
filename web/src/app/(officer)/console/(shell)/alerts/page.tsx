import { FugitiveAlertsScreen } from '@/features/console/alerts/fugitive-alerts-screen';
import { consoleMetadata } from '@/features/console/nav';

export const metadata = consoleMetadata('alerts');

export default function Page() {
  return <FugitiveAlertsScreen />;
}
