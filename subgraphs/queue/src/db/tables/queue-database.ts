import type { AuditDatabase, AuditIntegrityDatabase, JobDatabase } from '@jingtong/kit';
import type { QueueHallTable } from './queue-hall.table.js';
import type { QueueSlotSeatTable } from './queue-slot-seat.table.js';
import type { QueueTicketTable } from './queue-ticket.table.js';

export interface QueueDatabase extends AuditDatabase, AuditIntegrityDatabase, JobDatabase {
  queue_halls: QueueHallTable;
  queue_slot_seats: QueueSlotSeatTable;
  queue_tickets: QueueTicketTable;
}
