import { refuseInput } from '@jingtong/kit';
import { Arg, Ctx, ID, Query, Resolver } from '@jingtong/kit/type-graphql';
import { coversHall, requireDeskOfficer } from '../access.js';
import type { QueueContext } from '../context.js';
import { findHall, type HallRow } from '../db/repositories/halls.repository.js';
import { bookedPerDate, ticketIdsByNumber } from '../db/repositories/tickets.repository.js';
import { dayKey } from '../machine/day-status-cache.js';
import { queueQueryError } from '../errors.js';
import { isOpen } from '../halls/hall-calendar.js';
import { QueueBoard } from '../schema/queue-board.type.js';
import { QueueHall } from '../schema/queue-hall.type.js';
import { QueueDayStatistics } from '../schema/queue-statistics.type.js';
import { addDays, beijingDate, daysBetween, isCalendarDate } from '../time/beijing-time.js';

const MAX_STATISTICS_DAYS = 31;

async function officersHall(ctx: QueueContext, hallId: string): Promise<HallRow> {
  requireDeskOfficer(ctx.caller);
  const hall = await findHall(ctx.deps.database.db, hallId);
  if (!hall) throw queueQueryError('HALL_NOT_FOUND', 'hallId');
  if (!coversHall(ctx.caller, hall)) throw queueQueryError('HALL_OUT_OF_SCOPE', 'hallId');
  return hall;
}

function requireDate(text: string, field: string): string {
  if (!isCalendarDate(text)) throw refuseInput('FORMAT_INVALID', field, '日期格式须为 YYYY-MM-DD');
  return text;
}

@Resolver()
export class QueueBoardResolver {
  @Query(() => QueueBoard, { description: 'Business officers of the hall’s unit: the hall’s day at its queue machine (today by default), online and walk-in numbers' })
  async queueBoard(@Arg('hallId', () => ID) hallId: string, @Arg('date', () => String, { nullable: true }) date: string | undefined, @Ctx() ctx: QueueContext): Promise<QueueBoard> {
    const hall = await officersHall(ctx, hallId);
    const day = date ? requireDate(date, 'date') : beijingDate(ctx.deps.clock.now());
    const [view, ticketIds] = await Promise.all([ctx.loaders.day.load(dayKey(hall.code, day)), ticketIdsByNumber(ctx.deps.database.db, hall.code, day)]);
    return QueueBoard.from(QueueHall.from(hall, ctx.deps.env, ctx.deps.clock.now()), view, ticketIds);
  }

  @Query(() => [QueueDayStatistics], { description: `Business officers of the hall’s unit: per open day (at most ${MAX_STATISTICS_DAYS}), numbers booked online, walk-ins, served, no-shows, cancelled, mean wait` })
  async queueStatistics(
    @Arg('hallId', () => ID) hallId: string,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: QueueContext,
  ): Promise<QueueDayStatistics[]> {
    const hall = await officersHall(ctx, hallId);
    const span = daysBetween(requireDate(from, 'from'), requireDate(to, 'to'));
    if (span < 0 || span >= MAX_STATISTICS_DAYS) throw refuseInput('FORMAT_INVALID', 'to', `统计区间须为 1 到 ${MAX_STATISTICS_DAYS} 天`);
    // The machine's own calendar: days the officers closed to online booking still have walk-ins.
    const dates = Array.from({ length: span + 1 }, (_, i) => addDays(from, i)).filter((d) => isOpen({ ...hall, closed_dates: [] }, d));
    const [booked, views] = await Promise.all([bookedPerDate(ctx.deps.database.db, hall.code, from, to), Promise.all(dates.map((d) => ctx.loaders.day.load(dayKey(hall.code, d))))]);
    return views.map((view) => {
      const count = (pred: (n: (typeof view.numbers)[number]) => boolean) => view.numbers.filter(pred).length;
      return Object.assign(new QueueDayStatistics(), {
        date: view.date,
        booked: booked.get(view.date) ?? 0,
        walkIns: count((n) => n.channel === 'WALKIN'),
        served: count((n) => n.status === 'SERVED'),
        noShows: count((n) => n.status === 'NO_SHOW'),
        cancelled: count((n) => n.status === 'CANCELLED'),
        waiting: view.waiting,
        averageWaitMinutes: view.averageWaitMinutes,
      });
    });
  }
}
