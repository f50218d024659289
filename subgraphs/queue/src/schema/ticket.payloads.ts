import { UserError } from '@jingtong/kit';
import { Field, ID, InputType, ObjectType } from '@jingtong/kit/type-graphql';
import { QueueTicket } from './queue-ticket.type.js';

@InputType()
export class TakeQueueNumberInput {
  @Field(() => ID, { description: 'QueueHall.id' })
  hallId!: string;

  @Field(() => ID, { description: 'QueueItem.id' })
  itemId!: string;

  @Field(() => String, { description: 'One of the hall’s bookableDates' })
  date!: string;

  @Field(() => String, { description: 'One of queueSlots’ slots, e.g. 09:00-09:30' })
  slot!: string;
}

@ObjectType()
export class TakeQueueNumberPayload {
  @Field(() => QueueTicket, { nullable: true })
  ticket?: QueueTicket;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}

@ObjectType()
export class CancelQueueTicketPayload {
  @Field(() => QueueTicket, { nullable: true })
  ticket?: QueueTicket;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}
