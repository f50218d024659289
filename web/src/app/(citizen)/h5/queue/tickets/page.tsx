import type { Metadata } from 'next';
import { MyTicketsScreen } from '@/features/citizen/queue/my-tickets-screen';
import { MY_TICKETS_PAGE } from '@/features/citizen/queue/queue-pages';

export const metadata: Metadata = { title: MY_TICKETS_PAGE.title };

export const dynamic = 'force-dynamic';

export default function MyQueueTicketsPage() {
  return <MyTicketsScreen />;
}
