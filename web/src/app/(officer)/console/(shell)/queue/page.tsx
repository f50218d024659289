import { consoleMetadata } from '@/features/console/nav';
import { QueueBoardScreen } from '@/features/console/queue/queue-board-screen';

export const metadata = consoleMetadata('queue');

export default function Page() {
  return <QueueBoardScreen />;
}
