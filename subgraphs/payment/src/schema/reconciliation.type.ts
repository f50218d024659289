import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@jingtong/kit/type-graphql';
import type { DifferenceRow, RunRow } from '../db/repositories/reconciliation.repository.js';
import { PaymentChannelEnum } from './enums.js';
import { FenTotal } from './fen-total.scalar.js';

export enum ReconciliationDifferenceKindEnum {
  MISSING_IN_LEDGER = 'MISSING_IN_LEDGER',
  MISSING_AT_CHANNEL = 'MISSING_AT_CHANNEL',
  AMOUNT_MISMATCH = 'AMOUNT_MISMATCH',
  DUPLICATE = 'DUPLICATE',
}
registerEnumType(ReconciliationDifferenceKindEnum, {
  name: 'ReconciliationDifferenceKind',
  description: 'MISSING_IN_LEDGER: the channel has money we did not record (长款); MISSING_AT_CHANNEL: we recorded money the channel does not list (短款); AMOUNT_MISMATCH; DUPLICATE: one trade or refund twice on one side',
});

export enum LedgerEntryKindEnum {
  PAYMENT = 'PAYMENT',
  REFUND = 'REFUND',
}
registerEnumType(LedgerEntryKindEnum, { name: 'LedgerEntryKind', description: '收款 / 退款' });

export enum DifferenceResolutionEnum {
  REFUNDED = 'REFUNDED',
  RECORDED_MANUALLY = 'RECORDED_MANUALLY',
  CHANNEL_CORRECTED = 'CHANNEL_CORRECTED',
  IGNORED = 'IGNORED',
}
registerEnumType(DifferenceResolutionEnum, { name: 'ReconciliationResolution', description: '已退款 / 已手工补录 / 渠道已更正 / 无需处理' });

@ObjectType('ReconciliationRun', { description: 'One Beijing day of one channel, reconciled (again) in place: its bill, its ledger rows, and the differences found' })
export class ReconciliationRun {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The Beijing day, YYYY-MM-DD' })
  date!: string;

  @Field(() => PaymentChannelEnum)
  channel!: PaymentChannelEnum;

  @Field(() => Int, { description: 'Payments the channel’s bill lists' })
  billPayments!: number;

  @Field(() => FenTotal)
  billPaymentFen!: number;

  @Field(() => Int)
  billRefunds!: number;

  @Field(() => FenTotal)
  billRefundFen!: number;

  @Field(() => Int, { description: 'Payments the ledger recorded that day' })
  ledgerPayments!: number;

  @Field(() => FenTotal)
  ledgerPaymentFen!: number;

  @Field(() => Int)
  ledgerRefunds!: number;

  @Field(() => FenTotal)
  ledgerRefundFen!: number;

  @Field(() => Int, { description: 'Trades and refunds found on both sides with the same amount' })
  matched!: number;

  @Field(() => Int, { description: 'Differences of the day, resolved or not' })
  differences!: number;

  @Field(() => Int)
  unresolved!: number;

  @Field(() => Int, { description: 'How often the day was reconciled' })
  runCount!: number;

  @Field(() => String, { description: '`schedule`, or the id of the officer who asked for the last run' })
  requestedBy!: string;

  @Field(() => GraphQLISODateTime)
  lastRunAt!: Date;

  static from(row: RunRow): ReconciliationRun {
    return Object.assign(new ReconciliationRun(), {
      id: row.id,
      date: row.bill_date,
      channel: row.channel as PaymentChannelEnum,
      billPayments: row.bill_payments,
      billPaymentFen: Number(row.bill_payment_fen),
      billRefunds: row.bill_refunds,
      billRefundFen: Number(row.bill_refund_fen),
      ledgerPayments: row.ledger_payments,
      ledgerPaymentFen: Number(row.ledger_payment_fen),
      ledgerRefunds: row.ledger_refunds,
      ledgerRefundFen: Number(row.ledger_refund_fen),
      matched: row.matched,
      differences: row.differences,
      unresolved: row.unresolved,
      runCount: row.run_count,
      requestedBy: row.requested_by,
      lastRunAt: row.last_run_at,
    });
  }
}

@ObjectType('ReconciliationDifference', { description: 'Where a channel’s bill and the ledger disagree about one payment or refund of a day, and how an officer settled it' })
export class ReconciliationDifference {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The Beijing day, YYYY-MM-DD' })
  date!: string;

  @Field(() => PaymentChannelEnum)
  channel!: PaymentChannelEnum;

  @Field(() => ReconciliationDifferenceKindEnum)
  kind!: ReconciliationDifferenceKindEnum;

  @Field(() => LedgerEntryKindEnum)
  entryKind!: LedgerEntryKindEnum;

  @Field(() => String, { description: 'Our trade number (商户订单号)' })
  outTradeNo!: string;

  @Field(() => String, { description: 'The channel’s trade number for a payment, our refund request number for a refund' })
  channelRef!: string;

  @Field(() => ID, { nullable: true, description: 'The order, when we know the trade or refund' })
  orderId!: string | null;

  @Field(() => Int, { nullable: true, description: 'Fen the ledger holds (all its rows, for a duplicate); null: none' })
  ledgerFen!: number | null;

  @Field(() => Int, { nullable: true, description: 'Fen the bill lists; null: none' })
  channelFen!: number | null;

  @Field(() => Int)
  ledgerEntries!: number;

  @Field(() => Int)
  channelEntries!: number;

  @Field(() => GraphQLISODateTime)
  detectedAt!: Date;

  @Field(() => DifferenceResolutionEnum, { nullable: true })
  resolution!: DifferenceResolutionEnum | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => ID, { nullable: true, description: 'The officer who resolved it' })
  resolvedBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  resolvedAt!: Date | null;

  static from(row: DifferenceRow): ReconciliationDifference {
    return Object.assign(new ReconciliationDifference(), {
      id: row.id,
      date: row.bill_date,
      channel: row.channel as PaymentChannelEnum,
      kind: row.kind as ReconciliationDifferenceKindEnum,
      entryKind: row.entry_kind as LedgerEntryKindEnum,
      outTradeNo: row.out_trade_no,
      channelRef: row.channel_ref,
      orderId: row.order_id,
      ledgerFen: row.ledger_fen,
      channelFen: row.channel_fen,
      ledgerEntries: row.ledger_entries,
      channelEntries: row.channel_entries,
      detectedAt: row.detected_at,
      resolution: row.resolution as DifferenceResolutionEnum | null,
      note: row.note,
      resolvedBy: row.resolved_by,
      resolvedAt: row.resolved_at,
    });
  }
}
