import { Assurance } from '@jingtong/kit';
import { Arg, Ctx, ID, Query, Resolver } from '@jingtong/kit/type-graphql';
import { requireCitizenOrOfficer } from '../access.js';
import type { QueueContext } from '../context.js';
import { findHall, openHalls } from '../db/repositories/halls.repository.js';
import { seatsTaken } from '../db/repositories/seats.repository.js';
import { queueQueryError } from '../errors.js';
import { bookableDates, slotsOf } from '../halls/hall-calendar.js';
import { onlineCapacity } from '../halls/hall-schedule.js';
import { QueueHall } from '../schema/queue-hall.type.js';
import { QueueSlot } from '../schema/queue-slot.type.js';
import { bookingWindow } from '../tickets/booking-rules.js';
import { beijingDate } from '../time/beijing-time.js';

@Resolver()
export class QueueHallsResolver {
  @Assurance(1)
  @Query(() => [QueueHall], { description: 'Citizens (real-name level 1) and officers: the halls whose numbers can be booked online, by county' })
  async queueHalls(@Ctx() ctx: QueueContext): Promise<QueueHall[]> {
    requireCitizenOrOfficer(ctx.caller);
    const now = ctx.deps.clock.now();
    return (await openHalls(ctx.deps.database.db)).map((row) => QueueHall.from(row, ctx.deps.env, now));
  }

  @Assurance(1)
  @Query(() => [QueueSlot], { description: 'The slots of one item on one bookable date, with the seats left online (HALL_NOT_FOUND, ITEM_NOT_SERVED, DATE_NOT_BOOKABLE)' })
  async queueSlots(
    @Arg('hallId', () => ID) hallId: string,
    @Arg('itemId', () => ID) itemId: string,
    @Arg('date', () => String) date: string,
    @Ctx() ctx: QueueContext,
  ): Promise<QueueSlot[]> {
    requireCitizenOrOfficer(ctx.caller);
    const { db } = ctx.deps.database;
    const hall = await findHall(db, hallId);
    if (!hall) throw queueQueryError('HALL_NOT_FOUND', 'hallId');
    const item = hall.items.find((i) => i.itemCode === itemId.trim().toUpperCase());
    if (!item) throw queueQueryError('ITEM_NOT_SERVED', 'itemId');
    if (!bookableDates(hall, beijingDate(ctx.deps.clock.now()), bookingWindow(ctx.deps.env)).includes(date)) throw queueQueryError('DATE_NOT_BOOKABLE', 'date');
    const taken = await seatsTaken(db, hall.code, item.itemCode, date);
    const capacity = onlineCapacity(hall);
    return slotsOf(hall).map((slot) => {
      const n = taken.get(slot.label) ?? 0;
      return Object.assign(new QueueSlot(), { slot: slot.label, start: slot.start, end: slot.end, capacity, taken: n, left: Math.max(0, capacity - n) });
    });
  }
}
