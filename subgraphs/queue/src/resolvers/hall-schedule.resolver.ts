import { Arg, Ctx, Mutation, Resolver } from '@jingtong/kit/type-graphql';
import { requireHallAdministrator } from '../access.js';
import type { QueueContext } from '../context.js';
import { toUserError } from '../errors.js';
import { updateHallSchedule } from '../halls/update-hall-schedule.js';
import { UpdateQueueHallSchedulePayload, UpdateQueueHallScheduleInput } from '../schema/hall-schedule.payloads.js';
import { QueueHall } from '../schema/queue-hall.type.js';

@Resolver()
export class HallScheduleResolver {
  @Mutation(() => UpdateQueueHallSchedulePayload, { description: 'SYSTEM_ADMIN or LEADER: a hall’s numbers per slot, share bookable online, closed days or unit (audited)' })
  async updateQueueHallSchedule(@Arg('input', () => UpdateQueueHallScheduleInput) input: UpdateQueueHallScheduleInput, @Ctx() ctx: QueueContext): Promise<UpdateQueueHallSchedulePayload> {
    const officer = requireHallAdministrator(ctx.caller);
    const change = {
      hallId: input.hallId,
      slotCapacity: input.slotCapacity ?? undefined,
      onlineSharePercent: input.onlineSharePercent ?? undefined,
      closedDates: input.closedDates ?? undefined,
      unitCode: input.unitCode ?? undefined,
    };
    const result = await updateHallSchedule(ctx.deps, ctx.caller, officer.id, change, ctx.requestId);
    if (!result.ok) return { error: toUserError(result) };
    return { hall: QueueHall.from(result.hall, ctx.deps.env, ctx.deps.clock.now()) };
  }
}
