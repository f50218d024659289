import type { Kysely, Selectable } from '@jingtong/kit';
import type { QueueDatabase } from '../tables/queue-database.js';
import type { QueueHallTable } from '../tables/queue-hall.table.js';

export type HallRow = Selectable<QueueHallTable>;

/** An open hall (one the machines still list). */
export const findHall = (db: Kysely<QueueDatabase>, code: string) =>
  db.selectFrom('queue_halls').selectAll().where('code', '=', code.trim().toUpperCase()).where('active', '=', true).executeTakeFirst();

/** Halls by code, retired ones too: a ticket still shows the hall it was booked at. */
export const findHalls = (db: Kysely<QueueDatabase>, codes: readonly string[]) =>
  codes.length === 0 ? Promise.resolve([]) : db.selectFrom('queue_halls').selectAll().where('code', 'in', [...codes]).execute();

/** Every open hall, by county then code. */
export const openHalls = (db: Kysely<QueueDatabase>) => db.selectFrom('queue_halls').selectAll().where('active', '=', true).orderBy('county_code').orderBy('code').execute();

/** The hall locked for a settings change: two officers' changes apply one after the other. */
export const lockHall = (trx: Kysely<QueueDatabase>, code: string) => trx.selectFrom('queue_halls').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
