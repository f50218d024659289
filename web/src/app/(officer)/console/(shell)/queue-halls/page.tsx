import { consoleMetadata } from '@/features/console/nav';
import { HallSettingsScreen } from '@/features/console/queue/hall-settings-screen';

export const metadata = consoleMetadata('queue-halls');

export default function Page() {
  return <HallSettingsScreen />;
}
