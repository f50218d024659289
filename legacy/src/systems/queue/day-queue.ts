/**
 * One hall's numbers for one date: the shared sequence per item prefix, and each number's way from
 * WAITING to CALLED to SERVED / NO_SHOW, or to CANCELLED. Time moves only through `advance(now)`,
 * which the machine calls before anything else, so seeded walk-ins always take their numbers before a
 * later online number does, and the order of `tickets` is the order of issue.
 */
import type { Hall, QueueItem } from './halls.js';
import { instantOf, localMinutes } from './local-time.js';
import { QUEUE_ERRORS as ERRORS } from './messages.js';
import { QueueDenied, QueueFault } from './queue-errors.js';
import type { Slot } from './slots.js';
import type { Channel, Ticket } from './ticket.js';
import type { SeededWalkIn } from './walk-in-stream.js';

/** A machine prints three digits: 999 numbers per item and day. */
const MAX_SEQUENCE = 999;

export class DayQueue {
  /** In order of issue. */
  readonly tickets: Ticket[] = [];
  private readonly byNumber = new Map<string, Ticket>();
  private readonly lastSequence = new Map<string, number>();
  private nextWalkIn = 0;

  constructor(
    readonly hall: Hall,
    readonly date: string,
    private readonly walkIns: readonly SeededWalkIn[],
  ) {}

  /**
   * Takes in the seeded walk-ins whose moment has passed, in order, and turns booked numbers that
   * were not checked in by the end of their slot into NO_SHOW.
   */
  advance(now: number): void {
    while (this.nextWalkIn < this.walkIns.length && this.walkIns[this.nextWalkIn].at <= now) {
      const walkIn = this.walkIns[this.nextWalkIn++];
      this.issue(this.itemOf(walkIn.itemCode), walkIn.slot, 'WALKIN', walkIn.reference, walkIn.at);
    }
    for (const ticket of this.tickets) {
      if (ticket.status !== 'WAITING' || ticket.checkedInAt !== undefined) continue;
      const slotEnd = instantOf(this.date, ticket.slot.end);
      if (slotEnd <= now) Object.assign(ticket, { status: 'NO_SHOW', finishedAt: slotEnd });
    }
  }

  issue(item: QueueItem, slot: Slot, channel: Channel, reference: string, at: number): Ticket {
    const sequence = (this.lastSequence.get(item.prefix) ?? 0) + 1;
    if (sequence > MAX_SEQUENCE) throw new QueueFault('NUMBERS_EXHAUSTED', `${this.hall.hallCode} ${this.date}: all ${MAX_SEQUENCE} numbers of ${item.prefix} issued`);
    this.lastSequence.set(item.prefix, sequence);
    const ticket: Ticket = {
      number: `${item.prefix}${String(sequence).padStart(3, '0')}`,
      sequence,
      itemCode: item.itemCode,
      prefix: item.prefix,
      date: this.date,
      slot,
      channel,
      reference,
      status: 'WAITING',
      issuedAt: at,
      // Whoever takes a number at the machine is standing in the hall.
      ...(channel === 'WALKIN' ? { checkedInAt: at } : {}),
    };
    this.tickets.push(ticket);
    this.byNumber.set(ticket.number, ticket);
    return ticket;
  }

  /** Waiting numbers of the same item issued before this one whose slot starts no later: who will be called first. */
  ahead(ticket: Ticket): number {
    let count = 0;
    for (const other of this.tickets) {
      if (other.sequence < ticket.sequence && other.prefix === ticket.prefix && other.status === 'WAITING' && other.slot.start <= ticket.slot.start) count++;
    }
    return count;
  }

  /**
   * The first number in order of issue that is waiting, present (walk-in, or booked and checked in)
   * and whose slot has begun. A booked number not checked in is passed over and called once it is,
   * until its slot ends.
   */
  callNext(windowNo: number, itemCode: string | undefined, now: number): Ticket | undefined {
    const minutes = localMinutes(now);
    const next = this.tickets.find(
      (t) => t.status === 'WAITING' && t.checkedInAt !== undefined && t.slot.start <= minutes && (itemCode === undefined || t.itemCode === itemCode),
    );
    if (next) Object.assign(next, { status: 'CALLED', calledAt: now, windowNo });
    return next;
  }

  /** Idempotent: cancelling a cancelled number answers it again. */
  cancel(number: string, now: number): Ticket {
    const ticket = this.find(number);
    if (ticket.status === 'WAITING') Object.assign(ticket, { status: 'CANCELLED', finishedAt: now });
    else if (ticket.status !== 'CANCELLED') throw new QueueDenied(ERRORS.notCancellable(number, ticket.status));
    return ticket;
  }

  /** Only a called number can be marked; marking it the same way again answers it again. */
  mark(number: string, status: 'SERVED' | 'NO_SHOW', now: number): Ticket {
    const ticket = this.find(number);
    if (ticket.status === status) return ticket;
    if (ticket.status === 'SERVED' || ticket.status === 'NO_SHOW') throw new QueueDenied(ERRORS.alreadyMarked(number, ticket.status));
    if (ticket.status !== 'CALLED') throw new QueueDenied(ERRORS.notCalled(number, ticket.status));
    return Object.assign(ticket, { status, finishedAt: now });
  }

  /**
   * On the day of the number, while it waits (a booked number not checked in by the end of its slot is
   * NO_SHOW by then, see advance); a number already present answers again.
   */
  checkIn(number: string, today: string, now: number): Ticket {
    const ticket = this.find(number);
    if (this.date !== today) throw new QueueDenied(ERRORS.checkInNotToday(number, this.date));
    if (ticket.checkedInAt !== undefined && (ticket.status === 'WAITING' || ticket.status === 'CALLED')) return ticket;
    if (ticket.status !== 'WAITING') throw new QueueDenied(ERRORS.checkInClosed(number, ticket.status));
    ticket.checkedInAt = now;
    return ticket;
  }

  private find(number: string): Ticket {
    const ticket = this.byNumber.get(number.trim().toUpperCase());
    if (!ticket) throw new QueueDenied(ERRORS.numberUnknown(this.date, number));
    return ticket;
  }

  private itemOf(itemCode: string): QueueItem {
    const item = this.hall.items.find((i) => i.itemCode === itemCode);
    if (!item) throw new Error(`${this.hall.hallCode} serves no ${itemCode}`);
    return item;
  }
}
