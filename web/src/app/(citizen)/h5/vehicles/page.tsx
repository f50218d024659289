import { VehiclesScreen } from '@/features/citizen/violations/vehicles-screen';
import { serviceMetadata } from '@/features/shared/catalogue/metadata';

export const metadata = serviceMetadata('violations');

// Per-citizen data, fetched in the browser with the session token: never prerender.
export const dynamic = 'force-dynamic';

export default function VehiclesPage() {
  return <VehiclesScreen />;
}
