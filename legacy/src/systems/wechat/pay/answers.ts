/**
 * The JSON the platform shows of a trade and a refund, with its field names: the transaction (query
 * answer, and the resource of a TRANSACTION.SUCCESS notification) and the refund (refund answers, and
 * the leaner resource of a REFUND.SUCCESS notification). Amounts are integer fen.
 */
import { rfc3339 } from './beijing-time.js';
import type { Refund, Trade, TradeState } from './trades.js';

const STATE_DESC: Record<TradeState, string> = {
  NOTPAY: '订单未支付',
  SUCCESS: '支付成功',
  REFUND: '订单发生过退款',
  CLOSED: '订单已关闭',
  PAYERROR: '支付失败，请重新下单支付',
};

/** Where refunded money goes when the payer paid from their balance. */
const RECEIVED_ACCOUNT = '支付用户零钱';

export function transactionJson(trade: Trade) {
  const { paidAt } = trade;
  const paid = paidAt !== undefined;
  return {
    appid: trade.appid,
    mchid: trade.mchid,
    out_trade_no: trade.outTradeNo,
    ...(paid ? { transaction_id: trade.transactionId, trade_type: trade.tradeType } : {}),
    trade_state: trade.state,
    trade_state_desc: STATE_DESC[trade.state],
    ...(paid ? { bank_type: 'OTHERS' } : {}),
    attach: trade.attach ?? '',
    ...(paid ? { success_time: rfc3339(paidAt), payer: { openid: trade.payerOpenid } } : {}),
    amount: { total: trade.totalFen, ...(paid ? { payer_total: trade.totalFen } : {}), currency: 'CNY', payer_currency: 'CNY' },
    promotion_detail: [],
  };
}

/** The transaction as it stood when it was paid: a later refund does not change what the notification says. */
export function paidTransactionJson(trade: Trade) {
  return { ...transactionJson(trade), trade_state: 'SUCCESS', trade_state_desc: STATE_DESC.SUCCESS };
}

export function refundJson(trade: Trade, refund: Refund) {
  return {
    refund_id: refund.refundId,
    out_refund_no: refund.outRefundNo,
    transaction_id: trade.transactionId,
    out_trade_no: trade.outTradeNo,
    channel: 'ORIGINAL',
    user_received_account: RECEIVED_ACCOUNT,
    ...(refund.successAt !== undefined ? { success_time: rfc3339(refund.successAt) } : {}),
    create_time: rfc3339(refund.createdAt),
    status: refund.status,
    funds_account: 'AVAILABLE',
    amount: {
      total: trade.totalFen,
      refund: refund.refundFen,
      payer_total: trade.totalFen,
      payer_refund: refund.refundFen,
      settlement_refund: refund.refundFen,
      settlement_total: trade.totalFen,
      discount_refund: 0,
      currency: 'CNY',
      refund_fee: 0,
    },
    promotion_detail: [],
  };
}

export function refundNotificationJson(trade: Trade, refund: Refund) {
  return {
    mchid: trade.mchid,
    out_trade_no: trade.outTradeNo,
    transaction_id: trade.transactionId,
    out_refund_no: refund.outRefundNo,
    refund_id: refund.refundId,
    refund_status: refund.status,
    success_time: rfc3339(refund.successAt ?? refund.createdAt),
    user_received_account: RECEIVED_ACCOUNT,
    amount: { total: trade.totalFen, refund: refund.refundFen, payer_total: trade.totalFen, payer_refund: refund.refundFen },
  };
}
