import type { MyQueueTicketsQuery, QueueHallsQuery, QueueSlotsQuery, QueueTicketQuery } from '@/gql/graphql';

export type Hall = QueueHallsQuery['queueHalls'][number];
export type Slot = QueueSlotsQuery['queueSlots'][number];
export type TicketView = NonNullable<QueueTicketQuery['queueTicket']>;
export type TicketListItem = MyQueueTicketsQuery['myQueueTickets'][number];
