import type { Kysely, Selectable } from '@jingtong/kit';
import type { QueueDatabase } from '../tables/queue-database.js';
import { ACTIVE_STATUSES, type QueueTicketTable } from '../tables/queue-ticket.table.js';

export type TicketRow = Selectable<QueueTicketTable>;

export const findTicket = (db: Kysely<QueueDatabase>, id: string) => db.selectFrom('queue_tickets').selectAll().where('id', '=', id).executeTakeFirst();

/** The citizen's tickets that hold (or held) a number, newest first. */
export const ticketsOfCitizen = (db: Kysely<QueueDatabase>, citizenId: string, limit = 50) =>
  db.selectFrom('queue_tickets').selectAll().where('citizen_id', '=', citizenId).where('status', 'not in', ['PENDING', 'RELEASED']).orderBy('created_at', 'desc').limit(limit).execute();

export const activeTicketOf = (db: Kysely<QueueDatabase>, citizenId: string, hallCode: string, date: string) =>
  db.selectFrom('queue_tickets').select('id').where('citizen_id', '=', citizenId).where('hall_code', '=', hallCode).where('date', '=', date).where('status', 'in', [...ACTIVE_STATUSES]).executeTakeFirst();

/** When the citizen's no-shows happened, since `since`. */
export const noShowsSince = async (db: Kysely<QueueDatabase>, citizenId: string, since: Date) =>
  (
    await db.selectFrom('queue_tickets').select('finished_at').where('citizen_id', '=', citizenId).where('status', '=', 'NO_SHOW').where('finished_at', '>=', since).execute()
  ).flatMap((r) => (r.finished_at ? [r.finished_at] : []));

/** Our ticket behind a machine number of a hall's day, if it is an online one. */
export const ticketByNumber = (db: Kysely<QueueDatabase>, hallCode: string, date: string, number: string) =>
  db.selectFrom('queue_tickets').selectAll().where('hall_code', '=', hallCode).where('date', '=', date).where('number', '=', number).executeTakeFirst();

/** Number → ticket id for a hall's day (the board links online numbers to their tickets). */
export async function ticketIdsByNumber(db: Kysely<QueueDatabase>, hallCode: string, date: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('queue_tickets').select(['id', 'number']).where('hall_code', '=', hallCode).where('date', '=', date).where('number', 'is not', null).execute();
  return new Map(rows.map((r) => [r.number as string, r.id]));
}

/** Online bookings that got a number, per date of a hall, between two dates. */
export async function bookedPerDate(db: Kysely<QueueDatabase>, hallCode: string, from: string, to: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('queue_tickets')
    .select((eb) => ['date', eb.fn.countAll<string>().as('n')])
    .where('hall_code', '=', hallCode)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .where('number', 'is not', null)
    .where('status', '!=', 'RELEASED')
    .groupBy('date')
    .execute();
  return new Map(rows.map((r) => [r.date, Number(r.n)]));
}
