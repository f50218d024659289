import { Assurance, requireCitizen, requireUuid } from '@jingtong/kit';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from '@jingtong/kit/type-graphql';
import { mayReadTicket } from '../access.js';
import type { QueueContext } from '../context.js';
import { findTicket, type TicketRow, ticketsOfCitizen } from '../db/repositories/tickets.repository.js';
import { toUserError } from '../errors.js';
import { QueueTicket } from '../schema/queue-ticket.type.js';
import { CancelQueueTicketPayload, TakeQueueNumberInput, TakeQueueNumberPayload } from '../schema/ticket.payloads.js';
import { cancellableUntil, cancelQueueTicket } from '../tickets/cancel-ticket.js';
import { takeQueueNumber } from '../tickets/take-number.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const ticketOf = (row: TicketRow, ctx: QueueContext) => QueueTicket.from(row, cancellableUntil(row, ctx.deps.env));

@Resolver()
export class QueueTicketsResolver {
  @Assurance(1)
  @Query(() => [QueueTicket], { description: 'The signed-in citizen’s numbers, newest first (at most 50)' })
  async myQueueTickets(@Ctx() ctx: QueueContext): Promise<QueueTicket[]> {
    const citizenId = requireCitizen(ctx.caller);
    return (await ticketsOfCitizen(ctx.deps.database.db, citizenId)).map((row) => ticketOf(row, ctx));
  }

  @Assurance(1)
  @Query(() => QueueTicket, { nullable: true, description: 'One number with its live status (poll it): the citizen’s own, or for the officers of its hall; null when there is none to see' })
  async queueTicket(@Arg('id', () => ID) id: string, @Ctx() ctx: QueueContext): Promise<QueueTicket | null> {
    if (ctx.caller.kind !== 'citizen' && ctx.caller.kind !== 'officer') return null;
    const row = UUID.test(id) ? await findTicket(ctx.deps.database.db, id.toLowerCase()) : undefined;
    if (!row || row.status === 'PENDING' || row.status === 'RELEASED') return null;
    const hall = (await ctx.loaders.hall.load(row.hall_code)) ?? undefined;
    return mayReadTicket(ctx.caller, row, hall) ? ticketOf(row, ctx) : null;
  }

  @Assurance(1)
  @Mutation(() => TakeQueueNumberPayload, {
    description: 'Citizens: book a number of a hall for one of its next working days and a slot; the number comes from the hall’s queue machine (SLOT_FULL, ALREADY_BOOKED, BOOKING_BARRED, DATE_NOT_BOOKABLE…)',
  })
  async takeQueueNumber(@Arg('input', () => TakeQueueNumberInput) input: TakeQueueNumberInput, @Ctx() ctx: QueueContext): Promise<TakeQueueNumberPayload> {
    const citizenId = requireCitizen(ctx.caller);
    const result = await takeQueueNumber(ctx.deps, citizenId, input, ctx.requestId);
    if (!result.ok) return { error: toUserError(result) };
    return { ticket: ticketOf(result.ticket, ctx) };
  }

  @Assurance(1)
  @Mutation(() => CancelQueueTicketPayload, { description: 'Citizens: cancel a booked number, up to 2 hours (QUEUE_CANCEL_BEFORE_MINUTES) before its slot (CANCEL_TOO_LATE)' })
  async cancelQueueTicket(@Arg('id', () => ID) id: string, @Ctx() ctx: QueueContext): Promise<CancelQueueTicketPayload> {
    const citizenId = requireCitizen(ctx.caller);
    const result = await cancelQueueTicket(ctx.deps, citizenId, requireUuid(id, 'id'), ctx.requestId);
    if (!result.ok) return { error: toUserError(result) };
    return { ticket: ticketOf(result.ticket, ctx) };
  }
}
