import type { Caller } from '@jingtong/kit';
import type { QueueTicket } from '@jingtong/legacy-clients/queue';
import { coversHall } from '../access.js';
import { findHall, type HallRow } from '../db/repositories/halls.repository.js';
import { ticketByNumber } from '../db/repositories/tickets.repository.js';
import type { QueueDeps } from '../deps.js';
import { type Refusal, refusal } from '../errors.js';
import { explainRefusal, isStepRefused } from '../machine/machine-answers.js';
import { type DayNumber, toDayNumber } from '../machine/day-view.js';
import { beijingDate, isCalendarDate } from '../time/beijing-time.js';
import { applyMachineFate } from '../tickets/machine-fate.js';

export type DeskNumber = DayNumber & { ticketId: string | null };
export type DeskResult = { ok: true; number: DeskNumber | null } | Refusal;

/** The hall, if the officer's unit runs it. */
export async function deskHall(deps: QueueDeps, caller: Caller, hallId: string): Promise<{ ok: true; hall: HallRow } | Refusal> {
  const hall = await findHall(deps.database.db, hallId);
  if (!hall) return refusal('HALL_NOT_FOUND', 'hallId');
  if (!coversHall(caller, hall)) return refusal('HALL_OUT_OF_SCOPE', 'hallId');
  return { ok: true, hall };
}

/**
 * A window calls the next number (today, the machine's order: walk-ins and checked-in online numbers whose slot
 * has begun); null when nobody waits. An online number's ticket becomes CALLED.
 */
export async function callNextNumber(deps: QueueDeps, caller: Caller, officerId: string, input: { hallId: string; windowNo: number; itemId?: string }, requestId: string): Promise<DeskResult> {
  const desk = await deskHall(deps, caller, input.hallId);
  if (!desk.ok) return desk;
  const { hall } = desk;
  if (!Number.isInteger(input.windowNo) || input.windowNo < 1 || input.windowNo > hall.windows) return refusal('WINDOW_INVALID', 'windowNo', `窗口号须为 1 到 ${hall.windows}`);
  const itemCode = input.itemId?.trim().toUpperCase();
  if (itemCode !== undefined && !hall.items.some((i) => i.itemCode === itemCode)) return refusal('ITEM_NOT_SERVED', 'itemId');
  let called: QueueTicket | null;
  try {
    called = await deps.machine.callNext({ hallCode: hall.code, windowNo: input.windowNo, itemCode }, { requestId });
  } catch (error) {
    const explained = explainRefusal(error);
    if (explained) return refusal(explained.code, explained.field);
    throw error;
  }
  if (!called) return { ok: true, number: null };
  const number = await record(deps, hall, called, officerId, 'QUEUE_NUMBER_CALLED', requestId);
  return { ok: true, number };
}

/** A window marks the number it called SERVED or NO_SHOW (an online booking's no-show counts towards the bar). */
export async function markNumber(deps: QueueDeps, caller: Caller, officerId: string, input: { hallId: string; number: string; status: 'SERVED' | 'NO_SHOW'; date?: string }, requestId: string): Promise<DeskResult> {
  const desk = await deskHall(deps, caller, input.hallId);
  if (!desk.ok) return desk;
  const { hall } = desk;
  const date = input.date ?? beijingDate(deps.clock.now());
  if (!isCalendarDate(date)) return refusal('DATE_NOT_BOOKABLE', 'date');
  let marked: QueueTicket;
  try {
    marked = await deps.machine.markNumber({ hallCode: hall.code, date, number: input.number.trim().toUpperCase(), status: input.status }, { requestId });
  } catch (error) {
    if (isStepRefused(error)) return refusal('QUEUE_STEP_REFUSED', 'number', error.message);
    const explained = explainRefusal(error);
    if (explained) return refusal(explained.code, explained.field);
    throw error;
  }
  const number = await record(deps, hall, marked, officerId, 'QUEUE_NUMBER_MARKED', requestId);
  return { ok: true, number };
}

/** What the machine now says of the number: an online ticket follows it; the step is audited; the day's cached copy is dropped. */
async function record(deps: QueueDeps, hall: HallRow, answer: QueueTicket, officerId: string, action: 'QUEUE_NUMBER_CALLED' | 'QUEUE_NUMBER_MARKED', requestId: string): Promise<DeskNumber> {
  const { db } = deps.database;
  const ticket = answer.channel === 'ONLINE' ? await ticketByNumber(db, hall.code, answer.date, answer.number) : undefined;
  await db.transaction().execute(async (trx) => {
    if (ticket) await applyMachineFate(trx, ticket.id, answer);
    await deps.audit.record(
      { action, actorKind: 'officer', actorId: officerId, targetKind: ticket ? 'queue_ticket' : 'queue_number', targetId: ticket?.id ?? `${hall.code}:${answer.date}:${answer.number}`, requestId, details: { hall: hall.code, number: answer.number, status: answer.status, windowNo: answer.windowNo } },
      { trx },
    );
  });
  await deps.days.forget(hall.code, answer.date);
  return { ...toDayNumber(answer), ticketId: ticket?.id ?? null };
}
