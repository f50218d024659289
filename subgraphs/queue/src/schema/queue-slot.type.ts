import { Field, Int, ObjectType } from '@jingtong/kit/type-graphql';

@ObjectType('QueueSlot', { description: 'A time slot of one item on one day, as far as online booking goes' })
export class QueueSlot {
  @Field(() => String, { description: 'e.g. 09:00-09:30' })
  slot!: string;

  @Field(() => String, { description: 'HH:MM' })
  start!: string;

  @Field(() => String, { description: 'HH:MM' })
  end!: string;

  @Field(() => Int, { description: 'Numbers bookable online in this slot' })
  capacity!: number;

  @Field(() => Int)
  taken!: number;

  @Field(() => Int)
  left!: number;
}
