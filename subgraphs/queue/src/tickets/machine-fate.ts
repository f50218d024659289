import type { Kysely } from '@jingtong/kit';
import type { QueueNumberStatus } from '@jingtong/legacy-clients/queue';
import type { QueueDatabase } from '../db/tables/queue-database.js';
import type { TicketStatus } from '../db/tables/queue-ticket.table.js';

/** The machine's view of a number, as far as our ticket follows it. */
export interface MachineFate {
  status: QueueNumberStatus;
  checkedInAt: Date | null;
  calledAt: Date | null;
  windowNo: number | null;
  servedAt: Date | null;
  closedAt: Date | null;
}

/** Our status for the machine's, for a number that was booked online. */
export function ticketStatusOf(fate: MachineFate): TicketStatus {
  switch (fate.status) {
    case 'WAITING':
      return fate.checkedInAt ? 'CHECKED_IN' : 'BOOKED';
    case 'CALLED':
      return 'CALLED';
    case 'SERVED':
      return 'SERVED';
    case 'NO_SHOW':
      return 'NO_SHOW';
    case 'CANCELLED':
      return 'CANCELLED';
  }
}

/** States move forward only: a late or repeated answer never takes a ticket back. */
const ORDER: Record<TicketStatus, number> = { PENDING: 0, RELEASED: 0, BOOKED: 1, CHECKED_IN: 2, CALLED: 3, SERVED: 4, NO_SHOW: 4, CANCELLED: 4 };

/**
 * Writes what the machine says became of a ticket's number (a check-in, a call, a mark, a no-show at the end of
 * its slot) in the caller's transaction, if it moves the ticket forward. A NO_SHOW counts towards the bar from
 * the machine's closing time. Returns the ticket's new status, or undefined when nothing changed.
 */
export async function applyMachineFate(trx: Kysely<QueueDatabase>, ticketId: string, fate: MachineFate): Promise<TicketStatus | undefined> {
  const next = ticketStatusOf(fate);
  const current = await trx.selectFrom('queue_tickets').select('status').where('id', '=', ticketId).forUpdate().executeTakeFirst();
  if (!current || ORDER[next] <= ORDER[current.status] || current.status === 'RELEASED' || current.status === 'PENDING') return undefined;
  const finishedAt = next === 'SERVED' ? fate.servedAt : next === 'NO_SHOW' || next === 'CANCELLED' ? fate.closedAt : null;
  await trx
    .updateTable('queue_tickets')
    .set({
      status: next,
      checked_in_at: fate.checkedInAt,
      called_at: fate.calledAt,
      window_no: fate.windowNo,
      finished_at: finishedAt ?? (ORDER[next] === 4 ? new Date() : null),
      updated_at: new Date(),
    })
    .where('id', '=', ticketId)
    .execute();
  return next;
}
