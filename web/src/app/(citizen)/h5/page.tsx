import type { Metadata } from 'next';
import { CitizenHomeScreen } from '@/features/citizen/home/citizen-home-screen';

export const metadata: Metadata = { title: '市民服务' };

export default function CitizenHomePage() {
  return <CitizenHomeScreen />;
}
