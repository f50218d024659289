import type { Metadata } from 'next';
import { AccountScreen } from '@/features/officer-account/account-screen';

export const metadata: Metadata = { title: '我的账号' };

export default function Page() {
  return <AccountScreen />;
}
