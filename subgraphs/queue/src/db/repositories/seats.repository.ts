import { type Kysely, sql } from '@jingtong/kit';
import type { QueueDatabase } from '../tables/queue-database.js';

export interface SlotRef {
  hallCode: string;
  itemCode: string;
  date: string;
  slot: string;
}

/**
 * Takes one seat of the slot if one is left, in the caller's transaction: one conditional update of the slot's
 * row, so concurrent bookings (any number of replicas) queue on its row lock and each sees the count the one
 * before it committed. The capacity is the hall's setting as this statement reads it. True when a seat was taken.
 */
export async function takeSeat(trx: Kysely<QueueDatabase>, ref: SlotRef): Promise<boolean> {
  await trx
    .insertInto('queue_slot_seats')
    .values({ hall_code: ref.hallCode, item_code: ref.itemCode, date: ref.date, slot: ref.slot })
    .onConflict((c) => c.columns(['hall_code', 'item_code', 'date', 'slot']).doNothing())
    .execute();
  const { rows } = await sql<{ taken: number }>`
    update queue_slot_seats s set taken = s.taken + 1
    from queue_halls h
    where h.code = s.hall_code
      and s.hall_code = ${ref.hallCode} and s.item_code = ${ref.itemCode} and s.date = ${ref.date} and s.slot = ${ref.slot}
      and s.taken < (h.slot_capacity * h.online_share_percent) / 100
    returning s.taken`.execute(trx);
  return rows.length === 1;
}

/** Gives a seat back (a released or cancelled booking), in the transaction that ends the booking. */
export async function releaseSeat(trx: Kysely<QueueDatabase>, ref: SlotRef): Promise<void> {
  await trx
    .updateTable('queue_slot_seats')
    .set((eb) => ({ taken: eb('taken', '-', 1) }))
    .where('hall_code', '=', ref.hallCode)
    .where('item_code', '=', ref.itemCode)
    .where('date', '=', ref.date)
    .where('slot', '=', ref.slot)
    .where('taken', '>', 0)
    .execute();
}

/** Seats taken per slot of one item and day. */
export async function seatsTaken(db: Kysely<QueueDatabase>, hallCode: string, itemCode: string, date: string): Promise<Map<string, number>> {
  const rows = await db.selectFrom('queue_slot_seats').select(['slot', 'taken']).where('hall_code', '=', hallCode).where('item_code', '=', itemCode).where('date', '=', date).execute();
  return new Map(rows.map((r) => [r.slot, r.taken]));
}
