/**
 * One money movement as a payment channel's daily bill lists it, read the same way for Alipay and WeChat Pay,
 * so reconciliation compares every channel's bill with the ledger by one rule. Amounts are integer fen and
 * always positive: `kind` says which way the money went.
 */
export interface ChannelBillLine {
  kind: 'PAYMENT' | 'REFUND';
  /** Ours: the merchant's trade number (商户订单号). */
  outTradeNo: string;
  /** The channel's trade number for a payment (支付宝交易号 / 微信订单号); our refund request number for a refund. */
  channelRef: string;
  amountFen: number;
  /** When the payment or refund completed (the bill's Beijing time). */
  at: Date;
}
