import { Field, Float, Int, ObjectType } from '@jingtong/kit/type-graphql';

@ObjectType('QueueDayStatistics', { description: 'One open day of a hall: online bookings, and what its machine counted' })
export class QueueDayStatistics {
  @Field(() => String)
  date!: string;

  @Field(() => Int, { description: 'Numbers booked online (cancelled ones included)' })
  booked!: number;

  @Field(() => Int, { description: 'Numbers taken at the hall’s machine' })
  walkIns!: number;

  @Field(() => Int)
  served!: number;

  @Field(() => Int)
  noShows!: number;

  @Field(() => Int)
  cancelled!: number;

  @Field(() => Int, { description: 'Still waiting' })
  waiting!: number;

  @Field(() => Float, { nullable: true, description: 'Mean minutes from being present to being called' })
  averageWaitMinutes!: number | null;
}
