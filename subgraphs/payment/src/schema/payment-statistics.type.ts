import { Field, Int, ObjectType, registerEnumType } from '@jingtong/kit/type-graphql';
import { FenTotal } from './fen-total.scalar.js';

export enum PaymentStatisticsGroupByEnum {
  CHANNEL = 'CHANNEL',
  BUSINESS_KIND = 'BUSINESS_KIND',
  COUNTY = 'COUNTY',
  REVENUE_ITEM = 'REVENUE_ITEM',
  DAY = 'DAY',
}
registerEnumType(PaymentStatisticsGroupByEnum, { name: 'PaymentStatisticsGroupBy', description: '按渠道 / 业务类型 / 区县 / 非税收入项目 / 日' });

@ObjectType('PaymentStatisticsRow', { description: 'Money that moved in the period for one group, from the ledger' })
export class PaymentStatisticsRow {
  @Field(() => String, { description: 'The channel, business kind, county code, revenue item code or Beijing date (YYYY-MM-DD)' })
  key!: string;

  @Field(() => String, { description: 'Its name in Chinese (the date for DAY)' })
  label!: string;

  @Field(() => Int, { description: 'Orders paid in the period' })
  orders!: number;

  @Field(() => FenTotal)
  paidFen!: number;

  @Field(() => FenTotal, { description: 'Refunded in the period, whenever the order was paid' })
  refundedFen!: number;

  @Field(() => FenTotal, { description: 'paidFen − refundedFen' })
  netFen!: number;
}
