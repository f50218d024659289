import { TakeNumberScreen } from '@/features/citizen/queue/take-number-screen';
import { serviceMetadata } from '@/features/shared/catalogue/metadata';

export const metadata = serviceMetadata('queue');

// Per-citizen data, fetched in the browser with the session token: never prerender.
export const dynamic = 'force-dynamic';

export default function QueuePage() {
  return <TakeNumberScreen />;
}
