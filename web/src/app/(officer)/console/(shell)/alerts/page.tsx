import type { Metadata } from 'next';
import { FugitiveAlertsScreen } from '@/features/fugitive-alerts/fugitive-alerts-screen';

export const metadata: Metadata = { title: '在逃人员预警' };

export default function Page() {
  return <FugitiveAlertsScreen />;
}
