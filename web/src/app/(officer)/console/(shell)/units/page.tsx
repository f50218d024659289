import type { Metadata } from 'next';
import { UnitsScreen } from '@/features/units/units-screen';

export const metadata: Metadata = { title: '单位' };

export default function Page() {
  return <UnitsScreen />;
}
