import { defineAuditActions } from '@jingtong/kit';

/** What the hall queue writes to its audit trail. */
export const QUEUE_AUDIT_ACTIONS = defineAuditActions([
  'QUEUE_TICKET_BOOKED',
  'QUEUE_NUMBER_ISSUED',
  'QUEUE_BOOKING_RELEASED',
  'QUEUE_NUMBER_VOIDED',
  'QUEUE_TICKET_CANCELLED',
  'QUEUE_TICKET_CHECKED_IN',
  'QUEUE_QR_REFUSED',
  'QUEUE_NUMBER_CALLED',
  'QUEUE_NUMBER_MARKED',
  'QUEUE_TICKET_CLOSED',
  'QUEUE_HALL_SCHEDULE_UPDATED',
]);

export type QueueAuditAction = (typeof QUEUE_AUDIT_ACTIONS)[number];
