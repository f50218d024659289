import { enqueueJob } from '@jingtong/kit';
import type { IssuedNumber } from '@jingtong/legacy-clients/queue';
import { releaseSeat } from '../db/repositories/seats.repository.js';
import { findTicket, type TicketRow } from '../db/repositories/tickets.repository.js';
import type { ReleaseReason } from '../db/tables/queue-ticket.table.js';
import type { QueueDeps } from '../deps.js';
import { QUEUE_JOBS } from '../jobs/job-kinds.js';
import { minutes } from '../time/beijing-time.js';

type Deps = Pick<QueueDeps, 'database' | 'audit' | 'logger'>;

/** The number is asked for with the booking's id as reference: the machine answers the same number however often it is asked. */
export const issueRequest = (ticket: TicketRow) => ({ hallCode: ticket.hall_code, itemCode: ticket.item_code, date: ticket.date, slot: ticket.slot, channel: 'ONLINE' as const, reference: ticket.id });

/** How long after its slot a booked number's fate is asked of the machine. */
const CLOSE_AFTER_SLOT_MS = minutes(1);

/**
 * The machine issued the number: the pending booking becomes BOOKED with it (and the job that asks, after the
 * slot, what became of it). The request and the settle job may both get here with the same number: the first
 * wins and the other reads its result. A number another ticket already holds is the machine's fault: nothing is
 * booked, the seat goes back, and the number is not voided (it is the other ticket's).
 */
export async function confirmTicket(deps: Deps, ticket: TicketRow, issued: IssuedNumber, requestId: string): Promise<TicketRow> {
  try {
    const confirmed = await deps.database.db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable('queue_tickets')
        .set({ status: 'BOOKED', number: issued.number, issued_at: issued.issuedAt, updated_at: new Date() })
        .where('id', '=', ticket.id)
        .where('status', '=', 'PENDING')
        .returningAll()
        .executeTakeFirst();
      if (!row) return undefined;
      await enqueueJob(trx, { kind: QUEUE_JOBS.close, key: row.id, payload: { ticketId: row.id }, runAt: new Date(row.slot_end.getTime() + CLOSE_AFTER_SLOT_MS) });
      await deps.audit.record(
        { action: 'QUEUE_NUMBER_ISSUED', actorKind: 'system', actorId: 'queue', targetKind: 'queue_ticket', targetId: row.id, requestId, details: { hall: row.hall_code, date: row.date, number: issued.number } },
        { trx },
      );
      return row;
    });
    return confirmed ?? (await findTicket(deps.database.db, ticket.id)) ?? ticket;
  } catch (error) {
    if ((error as { code?: string }).code !== '23505') throw error;
    deps.logger.error({ ticketId: ticket.id, hall: ticket.hall_code, date: ticket.date }, 'the queue machine issued a number another ticket holds');
    return (await releaseTicket(deps, ticket, 'REFUSED', requestId)) ?? ticket;
  }
}

/**
 * The booking ends without a number: PENDING → RELEASED and its seat back, in one transaction. A booking that
 * is no longer pending (the settle job got its number first) is left as it is; the current row is returned.
 */
export async function releaseTicket(deps: Deps, ticket: TicketRow, reason: Exclude<ReleaseReason, 'VOIDED'>, requestId: string): Promise<TicketRow | undefined> {
  const released = await deps.database.db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('queue_tickets')
      .set({ status: 'RELEASED', release_reason: reason, finished_at: new Date(), updated_at: new Date() })
      .where('id', '=', ticket.id)
      .where('status', '=', 'PENDING')
      .returningAll()
      .executeTakeFirst();
    if (!row) return undefined;
    await releaseSeat(trx, { hallCode: row.hall_code, itemCode: row.item_code, date: row.date, slot: row.slot });
    await deps.audit.record({ action: 'QUEUE_BOOKING_RELEASED', actorKind: 'system', actorId: 'queue', targetKind: 'queue_ticket', targetId: row.id, requestId, details: { reason } }, { trx });
    return row;
  });
  return released ?? (await findTicket(deps.database.db, ticket.id));
}
