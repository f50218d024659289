import type { Metadata } from 'next';
import { OfficersScreen } from '@/features/officers/officers-screen';

export const metadata: Metadata = { title: '民警与角色' };

export default function Page() {
  return <OfficersScreen />;
}
