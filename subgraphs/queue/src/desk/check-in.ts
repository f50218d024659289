import type { Caller } from '@jingtong/kit';
import type { QueueTicket } from '@jingtong/legacy-clients/queue';
import { coversHall } from '../access.js';
import { findHall } from '../db/repositories/halls.repository.js';
import { findTicket, type TicketRow } from '../db/repositories/tickets.repository.js';
import type { QueueDeps } from '../deps.js';
import { type Refusal, refusal } from '../errors.js';
import { isStepRefused } from '../machine/machine-answers.js';
import { beijingDate } from '../time/beijing-time.js';
import { applyMachineFate } from '../tickets/machine-fate.js';
import { readTicketQr } from '../tickets/qr-signature.js';

export type CheckInResult = { ok: true; ticket: TicketRow; ahead: number } | Refusal;

/**
 * The window officer scans the citizen's QR code: our signature, then the ticket it names (same hall, date and
 * number), the officer's scope over the hall, the desk's hall when given, today's date; then the machine's
 * check-in, and the ticket CHECKED_IN. Anything forged or altered is QR_INVALID, changes nothing and is audited.
 */
export async function checkInQueueTicket(deps: QueueDeps, caller: Caller, officerId: string, qrPayload: string, deskHall: string | undefined, requestId: string): Promise<CheckInResult> {
  const { db } = deps.database;
  const claims = readTicketQr(deps.env.QUEUE_TICKET_QR_KEY, qrPayload);
  const ticket = claims ? await findTicket(db, claims.ticketId) : undefined;
  if (!claims || !ticket || ticket.hall_code !== claims.hallCode || ticket.date !== claims.date || ticket.number !== claims.number) {
    await deps.audit.record({ action: 'QUEUE_QR_REFUSED', actorKind: 'officer', actorId: officerId, targetKind: 'queue_ticket', targetId: ticket?.id, requestId, details: { signed: claims !== null } });
    return refusal('QR_INVALID', 'qrPayload');
  }
  const hall = await findHall(db, ticket.hall_code);
  if (!hall || !coversHall(caller, hall)) return refusal('HALL_OUT_OF_SCOPE', 'qrPayload');
  if (deskHall !== undefined && deskHall.trim().toUpperCase() !== hall.code) return refusal('TICKET_OTHER_HALL', 'qrPayload');
  if (ticket.date !== beijingDate(deps.clock.now())) return refusal('TICKET_NOT_TODAY', 'qrPayload');
  // Scanned again after the call (the citizen walks up to the window): the machine answers it again.
  if (ticket.status !== 'BOOKED' && ticket.status !== 'CHECKED_IN' && ticket.status !== 'CALLED') return refusal('TICKET_NOT_ACTIVE', 'qrPayload');

  let answer: { ticket: QueueTicket; ahead: number };
  try {
    answer = await deps.machine.checkIn({ hallCode: hall.code, date: ticket.date, number: ticket.number as string }, { requestId });
  } catch (error) {
    if (isStepRefused(error)) return refusal('QUEUE_STEP_REFUSED', 'qrPayload', error.message);
    throw error;
  }
  const updated = await db.transaction().execute(async (trx) => {
    const changed = await applyMachineFate(trx, ticket.id, answer.ticket);
    if (changed) {
      await deps.audit.record({ action: 'QUEUE_TICKET_CHECKED_IN', actorKind: 'officer', actorId: officerId, targetKind: 'queue_ticket', targetId: ticket.id, requestId, details: { hall: hall.code, number: ticket.number } }, { trx });
    }
    return trx.selectFrom('queue_tickets').selectAll().where('id', '=', ticket.id).executeTakeFirstOrThrow();
  });
  await deps.days.forget(hall.code, ticket.date);
  return { ok: true, ticket: updated, ahead: answer.ahead };
}
