import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@jingtong/kit/type-graphql';
import type { DayNumber, DayView } from '../machine/day-view.js';
import { QueueChannelEnum, QueueNumberStatusEnum } from './enums.js';
import { QueueHall } from './queue-hall.type.js';

const instant = (iso: string | null) => (iso ? new Date(iso) : null);

@ObjectType('QueueCall', { description: 'A number a window called and has not marked yet' })
export class QueueCall {
  @Field(() => String)
  number!: string;

  @Field(() => Int)
  windowNo!: number;

  @Field(() => GraphQLISODateTime)
  calledAt!: Date;
}

@ObjectType('QueueBoardNumber', { description: 'One number of a hall’s day at its machine, online or walk-in' })
export class QueueBoardNumber {
  @Field(() => String)
  number!: string;

  @Field(() => ID, { description: 'The item code' })
  itemId!: string;

  @Field(() => String)
  slot!: string;

  @Field(() => QueueChannelEnum)
  channel!: QueueChannelEnum;

  @Field(() => QueueNumberStatusEnum)
  status!: QueueNumberStatusEnum;

  @Field(() => GraphQLISODateTime)
  issuedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'In the hall: walk-ins from issue, online numbers from check-in' })
  checkedInAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  calledAt!: Date | null;

  @Field(() => Int, { nullable: true })
  windowNo!: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  servedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Became NO_SHOW or CANCELLED at' })
  closedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The online booking behind it' })
  ticketId!: string | null;

  static from(n: DayNumber, ticketId: string | null): QueueBoardNumber {
    return Object.assign(new QueueBoardNumber(), {
      number: n.number,
      itemId: n.itemCode,
      slot: n.slot,
      channel: n.channel as QueueChannelEnum,
      status: n.status as QueueNumberStatusEnum,
      issuedAt: new Date(n.issuedAt),
      checkedInAt: instant(n.checkedInAt),
      calledAt: instant(n.calledAt),
      windowNo: n.windowNo,
      servedAt: instant(n.servedAt),
      closedAt: instant(n.closedAt),
      ticketId,
    });
  }
}

@ObjectType('QueueBoard', { description: 'A hall’s day at its queue machine: the board the windows work from' })
export class QueueBoard {
  @Field(() => QueueHall)
  hall!: QueueHall;

  @Field(() => String)
  date!: string;

  @Field(() => [QueueCall])
  nowCalling!: QueueCall[];

  @Field(() => Int)
  waiting!: number;

  @Field(() => Float, { nullable: true, description: 'Mean minutes from being present (and the slot begun) to being called; null before the first call' })
  averageWaitMinutes!: number | null;

  @Field(() => [QueueBoardNumber], { description: 'In order of issue' })
  numbers!: QueueBoardNumber[];

  static from(hall: QueueHall, day: DayView, ticketIds: Map<string, string>): QueueBoard {
    return Object.assign(new QueueBoard(), {
      hall,
      date: day.date,
      nowCalling: day.nowCalling.map((c) => Object.assign(new QueueCall(), { number: c.number, windowNo: c.windowNo, calledAt: new Date(c.calledAt) })),
      waiting: day.waiting,
      averageWaitMinutes: day.averageWaitMinutes,
      numbers: day.numbers.map((n) => QueueBoardNumber.from(n, ticketIds.get(n.number) ?? null)),
    });
  }
}
