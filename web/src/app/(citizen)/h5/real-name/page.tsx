import type { Metadata } from 'next';
import { RealNameScreen } from '@/features/real-name/real-name-screen';

export const metadata: Metadata = { title: '实名认证' };

export default function RealNamePage() {
  return <RealNameScreen />;
}
