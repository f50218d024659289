import { OfficersScreen } from '@/features/console/officers/officers-screen';
import { consoleMetadata } from '@/features/console/nav';

export const metadata = consoleMetadata('officers');

export default function Page() {
  return <OfficersScreen />;
}
