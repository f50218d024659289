import { UnitsScreen } from '@/features/console/units/units-screen';
import { consoleMetadata } from '@/features/console/nav';

export const metadata = consoleMetadata('units');

export default function Page() {
  return <UnitsScreen />;
}
