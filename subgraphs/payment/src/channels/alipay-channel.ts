import { type AlipayPayments, AlipayTradeRefused } from '@jingtong/legacy-clients/alipay';
import type { VerifiedNotification } from '../notifications/notification-verifiers.js';
import { type BillLine, type ChannelRefundRequest, ChannelRefusal, type ChannelTrade, type ChannelTradeRequest, type PaymentChannel, type RefundState } from './payment-channel.js';

const STATE: Record<string, ChannelTrade['state']> = { WAIT_BUYER_PAY: 'PENDING', TRADE_SUCCESS: 'PAID', TRADE_FINISHED: 'PAID', TRADE_CLOSED: 'CLOSED', NOT_FOUND: 'NOT_FOUND' };

/** Alipay: the H5 page goes to the wap-pay cashier; another device scans the precreated trade's QR. */
export class AlipayChannel implements PaymentChannel {
  readonly name = 'ALIPAY' as const;

  constructor(private readonly alipay: AlipayPayments) {}

  /** The wap-pay cashier URL (signed here, no call) for the H5 page; a precreated trade's QR code for another device. */
  async start(trade: ChannelTradeRequest) {
    const order = { outTradeNo: trade.outTradeNo, amountFen: trade.amountFen, subject: trade.subject, expiresAt: trade.expiresAt, notifyUrl: trade.notifyUrl, returnUrl: trade.returnUrl };
    const url = this.alipay.wapPayUrl(order);
    const { qrCode } = await this.alipay.precreate(order);
    return { url, qrContent: qrCode };
  }

  async query(outTradeNo: string): Promise<ChannelTrade> {
    const trade = await this.alipay.query(outTradeNo);
    return { state: STATE[trade.status] ?? 'PENDING', tradeNo: trade.tradeNo, amountFen: trade.amountFen, paidAt: trade.paidAt };
  }

  async close(outTradeNo: string) {
    await this.alipay.close(outTradeNo);
  }

  /** Alipay refunds at once or refuses (no pending state). */
  async refund(refund: ChannelRefundRequest): Promise<RefundState> {
    try {
      await this.alipay.refund({ outTradeNo: refund.outTradeNo, outRequestNo: refund.outRequestNo, amountFen: refund.amountFen, reason: refund.reason });
      return 'SUCCEEDED';
    } catch (error) {
      if (error instanceof AlipayTradeRefused) throw new ChannelRefusal(error.subCode);
      throw error;
    }
  }

  async refundState(outTradeNo: string, outRequestNo: string): Promise<RefundState | 'NOT_FOUND'> {
    const state = await this.alipay.queryRefund(outTradeNo, outRequestNo);
    return state.status === 'REFUND_SUCCESS' ? 'SUCCEEDED' : 'NOT_FOUND';
  }

  bill(date: string): Promise<BillLine[]> {
    return this.alipay.billLines(date);
  }

  /** A notification the client verified (RSA2, Alipay's key). */
  verify(form: Record<string, string>): VerifiedNotification | undefined {
    const n = this.alipay.verifyNotification(form);
    if (!n) return undefined;
    if (n.outBizNo) return { kind: 'REFUNDED', channel: 'ALIPAY', merchantId: n.appId, outTradeNo: n.outTradeNo, outRequestNo: n.outBizNo };
    const paid = n.status === 'TRADE_SUCCESS' || n.status === 'TRADE_FINISHED';
    return paid && n.tradeNo && n.amountFen !== undefined
      ? { kind: 'PAID', channel: 'ALIPAY', merchantId: n.appId, outTradeNo: n.outTradeNo, tradeNo: n.tradeNo, amountFen: n.amountFen, paidAt: n.paidAt ?? new Date() }
      : { kind: 'OTHER', channel: 'ALIPAY', merchantId: n.appId, outTradeNo: n.outTradeNo };
  }
}
