import { UserError } from '@jingtong/kit';
import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@jingtong/kit/type-graphql';
import { PaymentChannelEnum } from './enums.js';

@InputType()
export class StartPaymentInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => PaymentChannelEnum)
  channel!: PaymentChannelEnum;
}

@ObjectType('PaymentCashier', { description: 'Where the payer confirms: the channel’s cashier page, and a QR code of it for another device' })
export class PaymentCashier {
  @Field(() => String, { description: 'Open this in the page (Alipay / WeChat H5 cashier)' })
  url!: string;

  @Field(() => String, { description: 'A PNG data URL: scan with the Alipay / WeChat app' })
  qrCode!: string;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;
}

@ObjectType()
export class StartPaymentPayload {
  @Field(() => PaymentCashier, { nullable: true })
  pay?: PaymentCashier;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}
