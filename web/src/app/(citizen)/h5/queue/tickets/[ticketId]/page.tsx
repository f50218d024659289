import type { Metadata } from 'next';
import { TICKET_PAGE } from '@/features/citizen/queue/queue-pages';
import { TicketScreen } from '@/features/citizen/queue/ticket-screen';

export const metadata: Metadata = { title: TICKET_PAGE.title };

export const dynamic = 'force-dynamic';

export default async function QueueTicketPage({ params }: { params: Promise<{ ticketId: string }> }) {
  const { ticketId } = await params;
  return <TicketScreen ticketId={ticketId} />;
}
