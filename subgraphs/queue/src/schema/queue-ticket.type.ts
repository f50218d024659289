import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@jingtong/kit/type-graphql';
import type { TicketRow } from '../db/repositories/tickets.repository.js';
import { QueueTicketStatusEnum } from './enums.js';

/**
 * A citizen's booked number. `hall`, `item`, the QR code and the live fields (`nowCalling`, `ahead`,
 * `estimatedWaitMinutes`) are field resolvers: the live ones ask the hall's machine (through the cache) only
 * when selected.
 */
@ObjectType('QueueTicket', { description: 'A number booked online at a hall; the window officer scans its QR code' })
export class QueueTicket {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The machine’s number, e.g. A017: the same sequence as the numbers taken in the hall' })
  number!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  date!: string;

  @Field(() => String, { description: 'e.g. 09:00-09:30' })
  slot!: string;

  @Field(() => QueueTicketStatusEnum)
  status!: QueueTicketStatusEnum;

  @Field(() => GraphQLISODateTime, { description: 'The slot begins' })
  slotStartsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'It can be cancelled until then' })
  cancellableUntil!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  checkedInAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  calledAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'The window that called it' })
  windowNo!: number | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  /** Not in the schema: for field resolvers and access checks. */
  hallCode!: string;
  itemCode!: string;
  citizenId!: string;
  slotEndsAt!: Date;

  static from(row: TicketRow, cancellableUntil: Date): QueueTicket {
    return Object.assign(new QueueTicket(), {
      id: row.id,
      number: row.number ?? '',
      date: row.date,
      slot: row.slot,
      status: row.status as QueueTicketStatusEnum,
      slotStartsAt: row.slot_start,
      slotEndsAt: row.slot_end,
      cancellableUntil,
      checkedInAt: row.checked_in_at,
      calledAt: row.called_at,
      windowNo: row.window_no,
      createdAt: row.created_at,
      hallCode: row.hall_code,
      itemCode: row.item_code,
      citizenId: row.citizen_id,
    });
  }
}
