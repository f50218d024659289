import { enqueueJob } from '@jingtong/kit';
import { releaseSeat } from '../db/repositories/seats.repository.js';
import { findTicket, type TicketRow } from '../db/repositories/tickets.repository.js';
import type { QueueDeps } from '../deps.js';
import { type Refusal, refusal } from '../errors.js';
import { QUEUE_JOBS } from '../jobs/job-kinds.js';
import { minutes } from '../time/beijing-time.js';

export type CancelResult = { ok: true; ticket: TicketRow } | Refusal;

/** The last moment a booking can be cancelled: QUEUE_CANCEL_BEFORE_MINUTES before its slot begins. */
export const cancellableUntil = (ticket: Pick<TicketRow, 'slot_start'>, env: QueueDeps['env']) => new Date(ticket.slot_start.getTime() - minutes(env.QUEUE_CANCEL_BEFORE_MINUTES));

/**
 * The citizen cancels their booking, up to QUEUE_CANCEL_BEFORE_MINUTES before the slot: the ticket is
 * CANCELLED and its seat free at once (one transaction, with the audit row and the job that cancels the number
 * at the machine), so a machine that does not answer never keeps a citizen from cancelling. Cancelling a
 * cancelled ticket answers it again.
 */
export async function cancelQueueTicket(deps: QueueDeps, citizenId: string, ticketId: string, requestId: string): Promise<CancelResult> {
  const ticket = await findTicket(deps.database.db, ticketId);
  if (!ticket || ticket.citizen_id !== citizenId || ticket.status === 'PENDING' || ticket.status === 'RELEASED') return refusal('TICKET_NOT_FOUND', 'id');
  if (ticket.status === 'CANCELLED') return { ok: true, ticket };
  if (ticket.status !== 'BOOKED') return refusal('TICKET_NOT_ACTIVE', 'id');
  const until = cancellableUntil(ticket, deps.env);
  if (deps.clock.now() > until.getTime()) return refusal('CANCEL_TOO_LATE', 'id', `须在预约时段开始 ${deps.env.QUEUE_CANCEL_BEFORE_MINUTES} 分钟前取消，已过可取消时间`);

  const cancelled = await deps.database.db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('queue_tickets')
      .set({ status: 'CANCELLED', finished_at: new Date(deps.clock.now()), updated_at: new Date() })
      .where('id', '=', ticket.id)
      .where('status', '=', 'BOOKED')
      .returningAll()
      .executeTakeFirst();
    if (!row) return undefined;
    await releaseSeat(trx, { hallCode: row.hall_code, itemCode: row.item_code, date: row.date, slot: row.slot });
    await enqueueJob(trx, { kind: QUEUE_JOBS.cancel, key: row.id, payload: { ticketId: row.id } });
    await deps.audit.record({ action: 'QUEUE_TICKET_CANCELLED', actorKind: 'citizen', actorId: citizenId, targetKind: 'queue_ticket', targetId: row.id, requestId, details: { hall: row.hall_code, date: row.date, number: row.number } }, { trx });
    return row;
  });
  if (cancelled) return { ok: true, ticket: cancelled };
  // Checked in (or cancelled) by someone else meanwhile: answer what it is now.
  const now = await findTicket(deps.database.db, ticket.id);
  return now?.status === 'CANCELLED' ? { ok: true, ticket: now } : refusal('TICKET_NOT_ACTIVE', 'id');
}
