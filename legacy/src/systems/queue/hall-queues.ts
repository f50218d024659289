/**
 * The queue machines of every hall: they check what a request names (hall, item, date, slot, window,
 * reference), keep one DayQueue per hall and date, and bring it up to the clock before each use.
 * Issuing is idempotent by reference, per hall: the same reference answers the same number.
 */
import type { Hall, QueueItem } from './halls.js';
import { HALLS } from './halls.js';
import { DayQueue } from './day-queue.js';
import { isCalendarDate, localDate, localMinutes } from './local-time.js';
import { QueueFault } from './queue-errors.js';
import { queueStatus, type QueueStatusView } from './queue-status.js';
import { currentOrNextSlot, isOpen, slotNamed, type Slot } from './slots.js';
import type { Channel, Ticket } from './ticket.js';
import { seededWalkIns } from './walk-in-stream.js';

export interface IssueRequest {
  hallCode: string;
  itemCode: string;
  date: string;
  slot: string;
  channel: string;
  reference: string;
}

export interface Issued {
  ticket: Ticket;
  ahead: number;
}

const CHANNELS: readonly Channel[] = ['ONLINE', 'WALKIN'];
const MARKS = ['SERVED', 'NO_SHOW'] as const;
const MAX_REFERENCE_LENGTH = 64;

export class HallQueues {
  private readonly days = new Map<string, DayQueue>();
  private readonly references = new Map<string, Ticket>();
  private adminWalkIns = 0;

  constructor(
    private readonly seed: number,
    private readonly now: () => number,
    readonly halls: readonly Hall[] = HALLS,
  ) {}

  listHalls(hallCode?: string): readonly Hall[] {
    return hallCode === undefined ? this.halls : [this.hall(hallCode)];
  }

  issue(request: IssueRequest): Issued {
    const hall = this.hall(request.hallCode);
    const reference = request.reference.trim();
    if (reference === '' || reference.length > MAX_REFERENCE_LENGTH) throw new QueueFault('REFERENCE_INVALID', `reference must be 1-${MAX_REFERENCE_LENGTH} characters`);
    const key = `${hall.hallCode}\n${reference}`;
    const known = this.references.get(key);
    if (known) return this.again(hall, known, request);
    const item = this.item(hall, request.itemCode);
    const date = this.openDate(hall, request.date);
    const slot = this.slot(hall, request.slot);
    const channel = this.channel(request.channel);
    const now = this.now();
    if (this.ended(date, slot, now)) throw new QueueFault('SLOT_ENDED', `${date} ${slot.label} has ended`);
    const day = this.day(hall, date, now);
    const ticket = day.issue(item, slot, channel, reference, now);
    this.references.set(key, ticket);
    return { ticket, ahead: day.ahead(ticket) };
  }

  /** A citizen takes a number at the machine now: for the slot in progress or the next one (a future date: its first). */
  walkIn(hallCode: string, itemCode: string, date?: string): Issued {
    const hall = this.hall(hallCode);
    const item = this.item(hall, itemCode);
    const now = this.now();
    const today = localDate(now);
    const day = this.openDate(hall, date ?? today);
    const slot = day < today ? undefined : currentOrNextSlot(hall, day === today ? localMinutes(now) : 0);
    if (!slot) throw new QueueFault('SLOT_ENDED', `${hall.hallCode} issues no more numbers for ${day}`);
    const queue = this.day(hall, day, now);
    const ticket = queue.issue(item, slot, 'WALKIN', `ADMIN-WALKIN-${++this.adminWalkIns}`, now);
    return { ticket, ahead: queue.ahead(ticket) };
  }

  cancel(hallCode: string, date: string, number: string): Ticket {
    const hall = this.hall(hallCode);
    const now = this.now();
    return this.day(hall, this.openDate(hall, date), now).cancel(number, now);
  }

  /** Today's next number for the window, or undefined when nobody is waiting (or the hall is closed today). */
  callNext(hallCode: string, windowNo: number, itemCode?: string): Ticket | undefined {
    const hall = this.hall(hallCode);
    if (!Number.isInteger(windowNo) || windowNo < 1 || windowNo > hall.windows) throw new QueueFault('WINDOW_INVALID', `${hall.hallCode} has windows 1-${hall.windows}`);
    if (itemCode !== undefined) this.item(hall, itemCode);
    const now = this.now();
    const today = localDate(now);
    if (!isOpen(hall, today)) return undefined;
    return this.day(hall, today, now).callNext(windowNo, itemCode, now);
  }

  mark(hallCode: string, date: string, number: string, status: string): Ticket {
    const hall = this.hall(hallCode);
    const mark = MARKS.find((m) => m === status);
    if (!mark) throw new QueueFault('STATUS_INVALID', `status must be ${MARKS.join(' or ')}`);
    const now = this.now();
    return this.day(hall, this.openDate(hall, date), now).mark(number, mark, now);
  }

  checkIn(hallCode: string, date: string, number: string): Issued {
    const hall = this.hall(hallCode);
    const now = this.now();
    const day = this.day(hall, this.openDate(hall, date), now);
    const ticket = day.checkIn(number, localDate(now), now);
    return { ticket, ahead: day.ahead(ticket) };
  }

  status(hallCode: string, date: string, itemCode?: string): QueueStatusView {
    const hall = this.hall(hallCode);
    if (itemCode !== undefined) this.item(hall, itemCode);
    return queueStatus(this.day(hall, this.openDate(hall, date), this.now()), itemCode);
  }

  /** Back to the seeded stream only: every number issued through calls, and every reference, forgotten. */
  reset(): void {
    this.days.clear();
    this.references.clear();
  }

  /** A retried reference: the same number, provided it asks for the same thing. */
  private again(hall: Hall, ticket: Ticket, request: IssueRequest): Issued {
    const same =
      ticket.itemCode === request.itemCode.trim().toUpperCase() &&
      ticket.date === request.date.trim() &&
      ticket.slot.label === request.slot.trim() &&
      ticket.channel === request.channel.trim();
    if (!same) throw new QueueFault('REFERENCE_CONFLICT', `reference ${ticket.reference} already issued ${ticket.number} for ${ticket.itemCode} ${ticket.date} ${ticket.slot.label} ${ticket.channel}`);
    const day = this.day(hall, ticket.date, this.now());
    return { ticket, ahead: day.ahead(ticket) };
  }

  private day(hall: Hall, date: string, now: number): DayQueue {
    const key = `${hall.hallCode}\n${date}`;
    let day = this.days.get(key);
    if (!day) {
      day = new DayQueue(hall, date, seededWalkIns(this.seed, hall, date));
      this.days.set(key, day);
    }
    day.advance(now);
    return day;
  }

  private hall(hallCode: string): Hall {
    const hall = this.halls.find((h) => h.hallCode === hallCode.trim().toUpperCase());
    if (!hall) throw new QueueFault('HALL_UNKNOWN', `no queue machine for hall ${hallCode}`);
    return hall;
  }

  private item(hall: Hall, itemCode: string): QueueItem {
    const item = hall.items.find((i) => i.itemCode === itemCode.trim().toUpperCase());
    if (!item) throw new QueueFault('ITEM_UNKNOWN', `${hall.hallCode} serves ${hall.items.map((i) => i.itemCode).join(', ')}, not ${itemCode}`);
    return item;
  }

  private openDate(hall: Hall, date: string): string {
    const text = date.trim();
    if (!isCalendarDate(text)) throw new QueueFault('DATE_INVALID', `date must be YYYY-MM-DD, got ${date}`);
    if (!isOpen(hall, text)) throw new QueueFault('DATE_CLOSED', `${hall.hallCode} is closed on ${text}`);
    return text;
  }

  private slot(hall: Hall, label: string): Slot {
    const slot = slotNamed(hall, label.trim());
    if (!slot) throw new QueueFault('SLOT_INVALID', `${label} is not a slot of ${hall.hallCode} (HH:MM-HH:MM, ${hall.slotMinutes} minutes, within opening hours)`);
    return slot;
  }

  private channel(channel: string): Channel {
    const found = CHANNELS.find((c) => c === channel.trim());
    if (!found) throw new QueueFault('CHANNEL_INVALID', `channel must be ${CHANNELS.join(' or ')}`);
    return found;
  }

  private ended(date: string, slot: Slot, now: number): boolean {
    const today = localDate(now);
    return date < today || (date === today && localMinutes(now) >= slot.end);
  }
}
