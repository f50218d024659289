import { Arg, Ctx, ID, Int, Mutation, Resolver } from '@jingtong/kit/type-graphql';
import { requireDeskOfficer } from '../access.js';
import type { QueueContext } from '../context.js';
import { checkInQueueTicket } from '../desk/check-in.js';
import { callNextNumber, type DeskNumber, markNumber } from '../desk/window-desk.js';
import { toUserError } from '../errors.js';
import { CallNextQueueNumberPayload, CheckInQueueTicketPayload, MarkQueueTicketInput, MarkQueueTicketPayload } from '../schema/desk.payloads.js';
import { QueueBoardNumber } from '../schema/queue-board.type.js';
import { ticketOf } from './queue-tickets.resolver.js';

const boardNumber = (n: DeskNumber) => QueueBoardNumber.from(n, n.ticketId);

/** The window officer's desk: business officers of the unit that runs the hall; every step audited. */
@Resolver()
export class QueueDeskResolver {
  @Mutation(() => CheckInQueueTicketPayload, { description: 'Officers at the window: check a citizen in by their ticket’s QR code, on its day (QR_INVALID for anything forged or altered)' })
  async checkInQueueTicket(
    @Arg('qrPayload', () => String) qrPayload: string,
    @Arg('hallId', () => ID, { nullable: true, description: 'The desk’s hall: a ticket of another hall is TICKET_OTHER_HALL' }) hallId: string | undefined,
    @Ctx() ctx: QueueContext,
  ): Promise<CheckInQueueTicketPayload> {
    const officer = requireDeskOfficer(ctx.caller);
    const result = await checkInQueueTicket(ctx.deps, ctx.caller, officer.id, qrPayload, hallId ?? undefined, ctx.requestId);
    if (!result.ok) return { error: toUserError(result) };
    return { ticket: ticketOf(result.ticket, ctx), ahead: result.ahead };
  }

  @Mutation(() => CallNextQueueNumberPayload, { description: 'Officers at the window: call the next number present today (optionally of one item); `called` is null when nobody waits' })
  async callNextQueueNumber(
    @Arg('hallId', () => ID) hallId: string,
    @Arg('windowNo', () => Int) windowNo: number,
    @Arg('itemId', () => ID, { nullable: true }) itemId: string | undefined,
    @Ctx() ctx: QueueContext,
  ): Promise<CallNextQueueNumberPayload> {
    const officer = requireDeskOfficer(ctx.caller);
    const result = await callNextNumber(ctx.deps, ctx.caller, officer.id, { hallId, windowNo, itemId: itemId ?? undefined }, ctx.requestId);
    if (!result.ok) return { error: toUserError(result) };
    return { called: result.number ? boardNumber(result.number) : null };
  }

  @Mutation(() => MarkQueueTicketPayload, { description: 'Officers at the window: the called number was served, or did not come (an online booking’s no-show counts towards the booking bar)' })
  async markQueueTicket(@Arg('input', () => MarkQueueTicketInput) input: MarkQueueTicketInput, @Ctx() ctx: QueueContext): Promise<MarkQueueTicketPayload> {
    const officer = requireDeskOfficer(ctx.caller);
    const result = await markNumber(ctx.deps, ctx.caller, officer.id, { hallId: input.hallId, number: input.number, status: input.status, date: input.date ?? undefined }, ctx.requestId);
    if (!result.ok) return { error: toUserError(result) };
    return { number: result.number ? boardNumber(result.number) : undefined };
  }
}
