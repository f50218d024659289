import { AccountScreen } from '@/features/console/account/account-screen';
import { consoleMetadata } from '@/features/console/nav';

export const metadata = consoleMetadata('account');

export default function Page() {
  return <AccountScreen />;
}
