import { registerEnumType } from '@jingtong/kit/type-graphql';

export enum PaymentChannelEnum {
  ALIPAY = 'ALIPAY',
  WECHAT = 'WECHAT',
}
registerEnumType(PaymentChannelEnum, { name: 'PaymentChannel', description: '支付宝 / 微信支付' });

export enum PaymentOrderStatusEnum {
  UNPAID = 'UNPAID',
  PAID = 'PAID',
  PARTIALLY_REFUNDED = 'PARTIALLY_REFUNDED',
  REFUNDED = 'REFUNDED',
  CLOSED = 'CLOSED',
}
registerEnumType(PaymentOrderStatusEnum, { name: 'PaymentOrderStatus', description: 'Moves only forward: UNPAID → PAID (→ refunds), or UNPAID → CLOSED at expiry' });
