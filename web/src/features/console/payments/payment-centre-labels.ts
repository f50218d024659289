import type { LedgerEntryKind, PaymentOrderStatus, ReconciliationDifferenceKind, ReconciliationResolution, RefundState } from '@/gql/graphql';

/** The order's state as a tag colour: money owed, money in, money (partly) back, nothing more to do. */
export const ORDER_STATUS_COLORS: Record<PaymentOrderStatus, string> = {
  UNPAID: 'orange',
  PAID: 'green',
  PARTIALLY_REFUNDED: 'blue',
  REFUNDED: 'blue',
  CLOSED: 'default',
};

/** A refund waits for the channel's word: 退款中 until Alipay / WeChat Pay confirm or refuse it. */
export const REFUND_STATE_LABELS: Record<RefundState, string> = {
  REQUESTED: '退款中',
  SUCCEEDED: '已退款',
  FAILED: '退款失败',
};

export const REFUND_STATE_COLORS: Record<RefundState, string> = {
  REQUESTED: 'processing',
  SUCCEEDED: 'success',
  FAILED: 'error',
};

/** 长款 / 短款 as the finance office says it, with what each means for the officer who settles it. */
export const DIFFERENCE_KIND_LABELS: Record<ReconciliationDifferenceKind, string> = {
  MISSING_IN_LEDGER: '本地漏记（长款）',
  MISSING_AT_CHANNEL: '渠道无此笔（短款）',
  AMOUNT_MISMATCH: '金额不一致',
  DUPLICATE: '重复记录',
};

export const DIFFERENCE_KIND_HINTS: Record<ReconciliationDifferenceKind, string> = {
  MISSING_IN_LEDGER: '支付渠道账单中有这笔资金，本地缴费流水中没有记录',
  MISSING_AT_CHANNEL: '本地缴费流水中有记录，支付渠道账单中没有这笔资金',
  AMOUNT_MISMATCH: '本地流水与渠道账单都有这笔，但金额不一致',
  DUPLICATE: '同一笔交易或退款在一方重复出现',
};

export const DIFFERENCE_KIND_COLORS: Record<ReconciliationDifferenceKind, string> = {
  MISSING_IN_LEDGER: 'volcano',
  MISSING_AT_CHANNEL: 'red',
  AMOUNT_MISMATCH: 'orange',
  DUPLICATE: 'purple',
};

export const ENTRY_KIND_LABELS: Record<LedgerEntryKind, string> = {
  PAYMENT: '收款',
  REFUND: '退款',
};

export const RESOLUTION_LABELS: Record<ReconciliationResolution, string> = {
  REFUNDED: '已退款',
  RECORDED_MANUALLY: '已手工补录',
  CHANNEL_CORRECTED: '渠道已更正',
  IGNORED: '无需处理',
};
