import { BUSINESS_KINDS, type BusinessKind, type FieldCipher } from '@jingtong/kit';
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from '@jingtong/kit/type-graphql';
import type { OrderRow } from '../db/repositories/orders.repository.js';
import { PaymentChannelEnum, PaymentOrderStatusEnum } from './enums.js';

@ObjectType('PaymentLine', { description: 'A part of the amount (罚款, 滞纳金…), in fen' })
export class PaymentLine {
  @Field(() => String)
  label!: string;

  @Field(() => Int, { description: 'Fen (1 yuan = 100)' })
  amountFen!: number;
}

@ObjectType('RevenueItem', { description: 'The non-tax revenue item (非税收入项目) the money settles into' })
export class RevenueItem {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('Payable', { description: 'What the order pays: an entity of its owning subgraph' })
export class Payable {
  @Field(() => String, { description: 'The owning subgraph, e.g. traffic' })
  subgraph!: string;

  @Field(() => String, { description: 'Its entity type there, e.g. Violation' })
  type!: string;

  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType('PaymentOrder', { description: 'A payment order of the payment centre; amounts are integer fen, never floats' })
export class PaymentOrder {
  @Field(() => ID)
  id!: string;

  @Field(() => PaymentOrderStatusEnum)
  status!: PaymentOrderStatusEnum;

  @Field(() => String, { description: 'What the payer sees on the cashier, e.g. 交通违法罚款' })
  subject!: string;

  @Field(() => String, { description: 'TRAFFIC_FINE, TRAFFIC_FEE, EXIT_ENTRY_FEE, HOUSEHOLD_FEE, POSTAGE' })
  businessKind!: string;

  @Field(() => String, { description: 'The business kind in Chinese' })
  businessKindName!: string;

  @Field(() => Int, { description: 'What is charged, in fen' })
  amountFen!: number;

  @Field(() => [PaymentLine])
  lines!: PaymentLine[];

  @Field(() => Payable)
  payable!: Payable;

  @Field(() => String, { description: 'County (6-digit administrative code) whose account receives the money' })
  countyCode!: string;

  @Field(() => RevenueItem)
  revenueItem!: RevenueItem;

  @Field(() => PaymentChannelEnum, { nullable: true, description: 'The channel it was paid through' })
  channel?: PaymentChannelEnum | null;

  @Field(() => GraphQLISODateTime, { description: 'Unpaid orders close at this time' })
  expiresAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  paidAt?: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  /** The citizen it belongs to (not in the schema: access checks only). */
  citizenId!: string;

  /** Refunded so far (the `refundedFen` field resolves from it). */
  refundedFenValue!: number;

  static from(row: OrderRow, cipher: FieldCipher): PaymentOrder {
    return Object.assign(new PaymentOrder(), {
      id: row.id,
      status: row.status as PaymentOrderStatusEnum,
      subject: cipher.decrypt(row.subject_sealed),
      businessKind: row.business_kind,
      businessKindName: BUSINESS_KINDS[row.business_kind as BusinessKind] ?? row.business_kind,
      amountFen: row.amount_fen,
      lines: row.lines.map((l) => Object.assign(new PaymentLine(), l)),
      payable: Object.assign(new Payable(), { subgraph: row.payable_subgraph, type: row.payable_type, id: row.payable_id }),
      countyCode: row.county_code,
      revenueItem: Object.assign(new RevenueItem(), { code: row.revenue_item_code, name: row.revenue_item_name }),
      channel: row.channel as PaymentChannelEnum | null,
      expiresAt: row.expires_at,
      paidAt: row.paid_at,
      createdAt: row.created_at,
      citizenId: row.citizen_id,
      refundedFenValue: row.refunded_fen,
    });
  }
}
