import { UserError } from '@jingtong/kit';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@jingtong/kit/type-graphql';
import { PaymentChannelEnum } from './enums.js';

export enum RefundStateEnum {
  REQUESTED = 'REQUESTED',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(RefundStateEnum, { name: 'RefundState', description: '已申请 / 已退款 / 失败' });

export enum RefundKindEnum {
  OFFICER = 'OFFICER',
  DUPLICATE_PAYMENT = 'DUPLICATE_PAYMENT',
}
registerEnumType(RefundKindEnum, { name: 'RefundKind', description: '民警退款 / 重复支付自动退款 (the whole second payment of an order paid twice, sent back by the payment centre itself)' });

@InputType()
export class RefundPaymentInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => Int, { description: 'Fen; with the earlier refunds at most what was paid' })
  amountFen!: number;

  @Field(() => String, { description: '退款原因 (audited)' })
  reason!: string;

  @Field(() => String, { description: 'Made once by the console per refund (a UUID): sending it again is the same refund' })
  idempotencyKey!: string;
}

@ObjectType('PaymentRefund', { description: 'A refund an officer asked for, or the payment centre’s own of a duplicate payment' })
export class PaymentRefund {
  @Field(() => ID)
  id!: string;

  @Field(() => RefundKindEnum)
  kind!: RefundKindEnum;

  @Field(() => PaymentChannelEnum, { description: 'Where the money goes back: the channel of the refunded trade' })
  channel!: PaymentChannelEnum;

  @Field(() => Int)
  amountFen!: number;

  @Field(() => String)
  reason!: string;

  @Field(() => RefundStateEnum)
  state!: RefundStateEnum;

  @Field(() => String, { nullable: true, description: 'The channel’s refusal code, when FAILED' })
  failure?: string | null;

  @Field(() => ID, { nullable: true, description: 'Officers only; null for a duplicate payment’s refund' })
  officerId?: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt?: Date | null;
}

@ObjectType()
export class RefundPaymentPayload {
  @Field(() => PaymentRefund, { nullable: true })
  refund?: PaymentRefund;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}
