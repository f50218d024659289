import { QueueMachineRefused } from '@jingtong/legacy-clients/queue';
import { Ctx, FieldResolver, Int, Resolver, Root } from '@jingtong/kit/type-graphql';
import { qrCodeDataUrl } from '@jingtong/kit';
import type { QueueContext } from '../context.js';
import type { HallRow } from '../db/repositories/halls.repository.js';
import { dayKey } from '../machine/day-status-cache.js';
import { QueueHall, QueueItem } from '../schema/queue-hall.type.js';
import { QueueTicket } from '../schema/queue-ticket.type.js';
import { type LiveStatus, liveStatus } from '../tickets/live-status.js';
import { signTicketQr } from '../tickets/qr-signature.js';

const LIVE = new Set(['BOOKED', 'CHECKED_IN', 'CALLED']);

async function hallOf(ticket: QueueTicket, ctx: QueueContext): Promise<HallRow> {
  const hall = await ctx.loaders.hall.load(ticket.hallCode);
  if (!hall) throw new Error(`ticket ${ticket.id}: no hall ${ticket.hallCode}`);
  return hall;
}

/** The ticket's live status, once per ticket and request whichever of its fields are selected. */
const lives = new WeakMap<QueueTicket, Promise<LiveStatus | null>>();
function live(ticket: QueueTicket, ctx: QueueContext): Promise<LiveStatus | null> {
  let status = lives.get(ticket);
  if (!status) {
    status = (async () => {
      if (!LIVE.has(ticket.status)) return null;
      const [hall, day] = await Promise.all([hallOf(ticket, ctx), ctx.loaders.day.load(dayKey(ticket.hallCode, ticket.date))]).catch((error) => {
        // The machine no longer takes the day (closed after all): there is no live status to show.
        if (error instanceof QueueMachineRefused) return [undefined, undefined] as const;
        throw error;
      });
      return hall && day ? liveStatus(day, ticket, hall, ctx.deps.clock.now()) : null;
    })();
    lives.set(ticket, status);
  }
  return status;
}

@Resolver(() => QueueTicket)
export class QueueTicketFieldsResolver {
  @FieldResolver(() => QueueHall)
  async hall(@Root() ticket: QueueTicket, @Ctx() ctx: QueueContext): Promise<QueueHall> {
    return QueueHall.from(await hallOf(ticket, ctx), ctx.deps.env, ctx.deps.clock.now());
  }

  @FieldResolver(() => QueueItem)
  async item(@Root() ticket: QueueTicket, @Ctx() ctx: QueueContext): Promise<QueueItem> {
    const hall = await hallOf(ticket, ctx);
    const item = hall.items.find((i) => i.itemCode === ticket.itemCode);
    return QueueItem.from(item ?? { itemCode: ticket.itemCode, name: ticket.itemCode, prefix: ticket.number.slice(0, 1) });
  }

  @FieldResolver(() => String, { description: 'What the QR code holds: ticket, hall, date and number, signed (the window’s scanner sends it to checkInQueueTicket)' })
  qrPayload(@Root() ticket: QueueTicket, @Ctx() ctx: QueueContext): string {
    return signTicketQr(ctx.deps.env.QUEUE_TICKET_QR_KEY, { ticketId: ticket.id, hallCode: ticket.hallCode, date: ticket.date, number: ticket.number });
  }

  @FieldResolver(() => String, { description: 'An SVG data URL (image/svg+xml) of the QR code to show at the window' })
  qrCode(@Root() ticket: QueueTicket, @Ctx() ctx: QueueContext): Promise<string> {
    return qrCodeDataUrl(this.qrPayload(ticket, ctx));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Live: the number of this item the hall is calling now' })
  async nowCalling(@Root() ticket: QueueTicket, @Ctx() ctx: QueueContext): Promise<string | null> {
    return (await live(ticket, ctx))?.nowCalling ?? null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Live: waiting numbers that will be called first; null once it no longer waits' })
  async ahead(@Root() ticket: QueueTicket, @Ctx() ctx: QueueContext): Promise<number | null> {
    return (await live(ticket, ctx))?.ahead ?? null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Live, on the day: estimated minutes until it is called' })
  async estimatedWaitMinutes(@Root() ticket: QueueTicket, @Ctx() ctx: QueueContext): Promise<number | null> {
    return (await live(ticket, ctx))?.estimatedWaitMinutes ?? null;
  }
}
