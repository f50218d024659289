import { UserError } from '@jingtong/kit';
import { Field, ID, InputType, Int, ObjectType } from '@jingtong/kit/type-graphql';
import { QueueMarkEnum } from './enums.js';
import { QueueBoardNumber } from './queue-board.type.js';
import { QueueTicket } from './queue-ticket.type.js';

@ObjectType()
export class CheckInQueueTicketPayload {
  @Field(() => QueueTicket, { nullable: true })
  ticket?: QueueTicket;

  @Field(() => Int, { nullable: true, description: 'Numbers of the same item that will be called first' })
  ahead?: number;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}

@ObjectType()
export class CallNextQueueNumberPayload {
  @Field(() => QueueBoardNumber, { nullable: true, description: 'The number called; null (and no error) when nobody waits' })
  called?: QueueBoardNumber | null;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}

@InputType()
export class MarkQueueTicketInput {
  @Field(() => ID)
  hallId!: string;

  @Field(() => String, { description: 'The number the window called, e.g. A017' })
  number!: string;

  @Field(() => QueueMarkEnum)
  status!: QueueMarkEnum;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today by default' })
  date?: string;
}

@ObjectType()
export class MarkQueueTicketPayload {
  @Field(() => QueueBoardNumber, { nullable: true })
  number?: QueueBoardNumber;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}
