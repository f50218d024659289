import { UserError } from '@jingtong/kit';
import { Field, ID, InputType, Int, ObjectType } from '@jingtong/kit/type-graphql';
import { QueueHall } from './queue-hall.type.js';

@InputType({ description: 'Only the given settings change' })
export class UpdateQueueHallScheduleInput {
  @Field(() => ID)
  hallId!: string;

  @Field(() => Int, { nullable: true, description: 'Numbers per item and slot the hall serves (1–999)' })
  slotCapacity?: number;

  @Field(() => Int, { nullable: true, description: 'Share of them bookable online, in percent (0–100)' })
  onlineSharePercent?: number;

  @Field(() => [String], { nullable: true, description: 'Days without online booking besides the holidays (replaces the list)' })
  closedDates?: string[];

  @Field(() => String, { nullable: true, description: 'The police unit that runs the hall (12 digits, within the officer’s scope)' })
  unitCode?: string;
}

@ObjectType()
export class UpdateQueueHallSchedulePayload {
  @Field(() => QueueHall, { nullable: true })
  hall?: QueueHall;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}
