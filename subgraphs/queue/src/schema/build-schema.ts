import { buildFederatedSchema } from '@jingtong/kit';
import { HallScheduleResolver } from '../resolvers/hall-schedule.resolver.js';
import { QueueBoardResolver } from '../resolvers/queue-board.resolver.js';
import { QueueDeskResolver } from '../resolvers/queue-desk.resolver.js';
import { QueueHallsResolver } from '../resolvers/queue-halls.resolver.js';
import { QueueTicketFieldsResolver } from '../resolvers/queue-ticket-fields.resolver.js';
import { QueueTicketsResolver } from '../resolvers/queue-tickets.resolver.js';

export const buildQueueSchema = () =>
  buildFederatedSchema({
    resolvers: [QueueHallsResolver, QueueTicketsResolver, QueueTicketFieldsResolver, QueueDeskResolver, QueueBoardResolver, HallScheduleResolver],
    auditTrail: 'queue',
    jobQueue: 'queue',
  });
