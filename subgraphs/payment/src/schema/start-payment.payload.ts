import { UserError } from '@jingtong/kit';
import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@jingtong/kit/type-graphql';
import { PaymentChannelEnum } from './enums.js';

@InputType()
export class StartPaymentInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => PaymentChannelEnum)
  channel!: PaymentChannelEnum;

  @Field(() => String, { nullable: true, description: 'Inside WeChat: the page’s 网页授权 (snsapi_base) code of the payment’s official account; the answer is then `jsapi` for WeixinJSBridge instead of a cashier URL' })
  wechatCode?: string;
}

@ObjectType('WechatJsapiPay', { description: 'What the page passes to WeixinJSBridge.invoke("getBrandWCPayRequest", …): signed by the merchant for one prepay id' })
export class WechatJsapiPay {
  @Field(() => String)
  appId!: string;

  @Field(() => String)
  timeStamp!: string;

  @Field(() => String)
  nonceStr!: string;

  @Field(() => String, { description: 'prepay_id=…' })
  package!: string;

  @Field(() => String)
  signType!: string;

  @Field(() => String)
  paySign!: string;
}

@ObjectType('PaymentCashier', { description: 'Where the payer confirms: the channel’s cashier page and a QR code of it for another device, or inside WeChat its pay sheet (`jsapi`)' })
export class PaymentCashier {
  @Field(() => String, { nullable: true, description: 'Open this in the page (Alipay / WeChat H5 cashier); null for a JSAPI payment' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'An SVG data URL (image/svg+xml): scan with the Alipay / WeChat app; null for a JSAPI payment' })
  qrCode!: string | null;

  @Field(() => WechatJsapiPay, { nullable: true, description: 'Inside WeChat (a `wechatCode` was given): the pay sheet’s parameters' })
  jsapi!: WechatJsapiPay | null;

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
