import type { Metadata } from 'next';
import { VehiclesScreen } from '@/features/vehicles/vehicles-screen';

export const metadata: Metadata = { title: '我的车辆与违法' };

// Per-citizen data, fetched in the browser with the session token: never prerender.
export const dynamic = 'force-dynamic';

export default function VehiclesPage() {
  return <VehiclesScreen />;
}
