import { Field, GraphQLISODateTime, InputType, ObjectType } from '@jingtong/kit/type-graphql';
import { PaymentChannelEnum, PaymentOrderStatusEnum } from './enums.js';
import { PaymentOrder } from './payment-order.type.js';

@InputType({ description: 'Every given field must match' })
export class PaymentOrderFilter {
  @Field(() => PaymentOrderStatusEnum, { nullable: true })
  status?: PaymentOrderStatusEnum;

  @Field(() => PaymentChannelEnum, { nullable: true })
  channel?: PaymentChannelEnum;

  @Field(() => String, { nullable: true })
  businessKind?: string;

  @Field(() => String, { nullable: true, description: '6-digit county code' })
  countyCode?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Created at or after' })
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Created before' })
  to?: Date;
}

@ObjectType('PaymentOrderPage', { description: 'Newest first; pass endCursor as `after` for the next page' })
export class PaymentOrderPage {
  @Field(() => [PaymentOrder])
  nodes!: PaymentOrder[];

  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field(() => Boolean)
  hasNextPage!: boolean;
}
