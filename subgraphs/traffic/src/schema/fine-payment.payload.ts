import { UserError } from '@jingtong/kit';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@jingtong/kit/type-graphql';
import { PaymentOrderRef } from './payment-order.reference.js';

@InputType()
export class PayViolationFineInput {
  @Field(() => String, { description: 'One of the citizen’s bound plates, e.g. 豫K·A1234' })
  plate!: string;

  @Field(() => ID)
  violationId!: string;
}

@ObjectType('FinePayment', { description: 'What paying a fine costs today, and the payment order for it' })
export class FinePayment {
  @Field(() => ID, { description: 'The payment order (the payment centre has it within a moment)' })
  orderId!: string;

  @Field(() => PaymentOrderRef, { nullable: true, description: 'The order itself, resolved by the payment subgraph; null until it has it' })
  order?: PaymentOrderRef | null;

  @Field(() => Int, { description: 'The fine, in fen' })
  fineFen!: number;

  @Field(() => Int, { description: 'The late fee (加处罚款) as of today, in fen' })
  lateFeeFen!: number;

  @Field(() => Int, { description: 'What the order charges, in fen' })
  amountFen!: number;

  @Field(() => GraphQLISODateTime, { description: 'End of today (Beijing): the late fee changes tomorrow' })
  expiresAt!: Date;
}

@ObjectType()
export class PayViolationFinePayload {
  @Field(() => FinePayment, { nullable: true })
  payment?: FinePayment;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}
