import { PartnerKeysScreen } from '@/features/console/partner-keys/partner-keys-screen';
import { consoleMetadata } from '@/features/console/nav';

export const metadata = consoleMetadata('partner-keys');

export default function Page() {
  return <PartnerKeysScreen />;
}
