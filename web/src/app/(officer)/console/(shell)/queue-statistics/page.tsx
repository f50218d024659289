import { consoleMetadata } from '@/features/console/nav';
import { QueueStatisticsScreen } from '@/features/console/queue/queue-statistics-screen';

export const metadata = consoleMetadata('queue-statistics');

export default function Page() {
  return <QueueStatisticsScreen />;
}
