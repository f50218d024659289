import { randomUUID } from 'node:crypto';
import { enqueueJob, LegacyError } from '@jingtong/kit';
import { type IssuedNumber, QueueMachineRefused } from '@jingtong/legacy-clients/queue';
import { findHall } from '../db/repositories/halls.repository.js';
import { takeSeat } from '../db/repositories/seats.repository.js';
import { activeTicketOf, noShowsSince, type TicketRow } from '../db/repositories/tickets.repository.js';
import type { QueueDeps } from '../deps.js';
import { type Refusal, refusal } from '../errors.js';
import { bookableDates, slotNamed } from '../halls/hall-calendar.js';
import { QUEUE_JOBS } from '../jobs/job-kinds.js';
import { explainRefusal } from '../machine/machine-answers.js';
import { beijingDate, instantAt } from '../time/beijing-time.js';
import { bookingWindow, noShowRule } from './booking-rules.js';
import { barredUntil, noShowLookBack } from './no-show-bar.js';
import { confirmTicket, issueRequest, releaseTicket } from './ticket-settlement.js';

export interface TakeNumberInput {
  hallId: string;
  itemId: string;
  date: string;
  slot: string;
}

export type TakeNumberResult = { ok: true; ticket: TicketRow } | Refusal;

/**
 * A citizen takes a number (2.6.4): the hall's rules, then a seat of the slot held in our database together
 * with the pending booking, its settle job and its audit row — the database decides who gets the last seat,
 * whatever the number of replicas — then the number from the hall's machine, asked with the booking's id as
 * reference. A refusal of the machine gives the seat back at once; a failure (timeout, fault, outage) too,
 * because the citizen is told it failed, and the settle job cancels at the machine any number it issued anyway.
 */
export async function takeQueueNumber(deps: QueueDeps, citizenId: string, input: TakeNumberInput, requestId: string): Promise<TakeNumberResult> {
  const { db } = deps.database;
  const hall = await findHall(db, input.hallId);
  if (!hall) return refusal('HALL_NOT_FOUND', 'hallId');
  const item = hall.items.find((i) => i.itemCode === input.itemId.trim().toUpperCase());
  if (!item) return refusal('ITEM_NOT_SERVED', 'itemId');
  const now = deps.clock.now();
  if (!bookableDates(hall, beijingDate(now), bookingWindow(deps.env)).includes(input.date)) return refusal('DATE_NOT_BOOKABLE', 'date');
  const slot = slotNamed(hall, input.slot.trim());
  if (!slot) return refusal('SLOT_INVALID', 'slot');

  if (await activeTicketOf(db, citizenId, hall.code, input.date)) return refusal('ALREADY_BOOKED', 'date');
  const rule = noShowRule(deps.env);
  const barred = barredUntil(await noShowsSince(db, citizenId, new Date(now - noShowLookBack(rule))), now, rule);
  if (barred) return refusal('BOOKING_BARRED', undefined, `近 ${rule.windowDays} 天内 ${rule.limit} 次预约未按时到场，${beijingDate(barred.getTime())} 前暂停网上预约`);

  const ticket: TicketRow = {
    id: randomUUID(),
    citizen_id: citizenId,
    hall_code: hall.code,
    item_code: item.itemCode,
    date: input.date,
    slot: slot.label,
    slot_start: instantAt(input.date, slot.start),
    slot_end: instantAt(input.date, slot.end),
    status: 'PENDING',
    number: null,
    release_reason: null,
    issued_at: null,
    checked_in_at: null,
    called_at: null,
    window_no: null,
    finished_at: null,
    created_at: new Date(),
    updated_at: new Date(),
  };
  const held = await holdSeat(deps, ticket, requestId);
  if (held !== 'HELD') return refusal(held, held === 'SLOT_FULL' ? 'slot' : 'date');

  let issued: IssuedNumber;
  try {
    issued = await deps.machine.issueNumber(issueRequest(ticket), { requestId });
  } catch (error) {
    const explained = explainRefusal(error);
    const after = await releaseTicket(deps, ticket, error instanceof QueueMachineRefused ? 'REFUSED' : 'MACHINE_FAILED', requestId);
    // The settle job may have got the number meanwhile: then the booking stands.
    if (after?.status === 'BOOKED') return { ok: true, ticket: after };
    if (explained) return refusal(explained.code, explained.field);
    deps.logger.warn({ ticketId: ticket.id, err: error }, 'the queue machine did not issue the number; the seat went back');
    throw error;
  }
  const confirmed = await confirmTicket(deps, ticket, issued, requestId);
  // Only a number the machine had already given another ticket ends here: the machine's fault, the seat went back.
  if (confirmed.status !== 'BOOKED') throw new LegacyError('LEGACY_FAULT', 'queue', 'issueNumber');
  return { ok: true, ticket: confirmed };
}

/**
 * One transaction: a seat (or SLOT_FULL), the pending booking (or ALREADY_BOOKED from the unique index, when
 * the same citizen books the same hall and day twice at once), the settle job and the audit row. The seat
 * comes first, so a full slot turns requests away before they wait for anything else.
 */
async function holdSeat(deps: QueueDeps, ticket: TicketRow, requestId: string): Promise<'HELD' | 'SLOT_FULL' | 'ALREADY_BOOKED'> {
  try {
    return await deps.database.db.transaction().execute(async (trx) => {
      if (!(await takeSeat(trx, { hallCode: ticket.hall_code, itemCode: ticket.item_code, date: ticket.date, slot: ticket.slot }))) return 'SLOT_FULL' as const;
      const { created_at: _c, updated_at: _u, ...values } = ticket;
      await trx.insertInto('queue_tickets').values(values).execute();
      await enqueueJob(trx, { kind: QUEUE_JOBS.settle, key: ticket.id, payload: { ticketId: ticket.id }, delayMs: deps.env.QUEUE_SETTLE_AFTER_MS });
      await deps.audit.record(
        { action: 'QUEUE_TICKET_BOOKED', actorKind: 'citizen', actorId: ticket.citizen_id, targetKind: 'queue_ticket', targetId: ticket.id, requestId, details: { hall: ticket.hall_code, item: ticket.item_code, date: ticket.date, slot: ticket.slot } },
        { trx },
      );
      return 'HELD' as const;
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505') return 'ALREADY_BOOKED';
    throw error;
  }
}
