import { type WechatPayments, WechatPayRefused } from '@jingtong/legacy-clients/wechat';
import type { VerifiedNotification } from '../notifications/notification-verifiers.js';
import { type BillLine, type Cashier, type ChannelRefundRequest, ChannelRefusal, type ChannelTrade, type ChannelTradeRequest, type PaymentChannel, type RefundState } from './payment-channel.js';

const REFUND_STATE: Record<string, RefundState> = { SUCCESS: 'SUCCEEDED', PROCESSING: 'PROCESSING', CLOSED: 'FAILED', ABNORMAL: 'FAILED' };

const STATE: Record<string, ChannelTrade['state']> = { NOTPAY: 'PENDING', USERPAYING: 'PENDING', PAYERROR: 'PENDING', SUCCESS: 'PAID', REFUND: 'PAID', CLOSED: 'CLOSED', NOT_FOUND: 'NOT_FOUND' };

/** WeChat Pay v3: an H5 order; its cashier URL also goes into the QR code for another device. */
export class WechatChannel implements PaymentChannel {
  readonly name = 'WECHAT' as const;

  constructor(private readonly wechat: WechatPayments) {}

  /** Inside WeChat (an openid given): a JSAPI order and the signed parameters of WeChat's pay sheet. Else an H5 order. */
  async start(trade: ChannelTradeRequest): Promise<Cashier> {
    if (trade.wechatOpenid) {
      const { prepayId } = await this.wechat.jsapiOrder({ outTradeNo: trade.outTradeNo, amountFen: trade.amountFen, description: trade.subject, expiresAt: trade.expiresAt, notifyUrl: trade.notifyUrl, openid: trade.wechatOpenid });
      return { jsapi: this.wechat.jsapiPayParams(prepayId) };
    }
    // WeChat compares it with the address that opens the cashier: an H5 order cannot be made for nobody.
    if (!trade.payerIp) throw new Error('a WeChat Pay H5 order needs the payer’s address (a citizen’s request through the gateway carries it)');
    const { url } = await this.wechat.h5Order({ outTradeNo: trade.outTradeNo, amountFen: trade.amountFen, description: trade.subject, expiresAt: trade.expiresAt, notifyUrl: trade.notifyUrl, payerIp: trade.payerIp });
    const back = `${url}${url.includes('?') ? '&' : '?'}redirect_url=${encodeURIComponent(trade.returnUrl)}`;
    return { url: back, qrContent: back };
  }

  async query(outTradeNo: string): Promise<ChannelTrade> {
    const trade = await this.wechat.query(outTradeNo);
    return { state: STATE[trade.status] ?? 'PENDING', tradeNo: trade.transactionId, amountFen: trade.amountFen, paidAt: trade.paidAt };
  }

  async close(outTradeNo: string) {
    await this.wechat.close(outTradeNo);
  }

  async refund(refund: ChannelRefundRequest): Promise<RefundState> {
    try {
      const answer = await this.wechat.refund({ outTradeNo: refund.outTradeNo, outRefundNo: refund.outRequestNo, amountFen: refund.amountFen, totalFen: refund.totalFen, reason: refund.reason, notifyUrl: refund.notifyUrl });
      return REFUND_STATE[answer.status] ?? 'PROCESSING';
    } catch (error) {
      if (error instanceof WechatPayRefused) throw new ChannelRefusal(error.code);
      throw error;
    }
  }

  async refundState(_outTradeNo: string, outRequestNo: string): Promise<RefundState | 'NOT_FOUND'> {
    const answer = await this.wechat.queryRefund(outRequestNo);
    return answer.status === 'NOT_FOUND' ? 'NOT_FOUND' : (REFUND_STATE[answer.status] ?? 'PROCESSING');
  }

  bill(date: string): Promise<BillLine[]> {
    return this.wechat.billLines(date);
  }

  /** A notification the client verified (platform signature, 300 s window, AEAD_AES_256_GCM resource). */
  verify(headers: Record<string, string | string[] | undefined>, rawBody: string): VerifiedNotification | undefined {
    const n = this.wechat.verifyNotification(headers, rawBody);
    if (!n) return undefined;
    if (n.eventType === 'REFUND.SUCCESS' && n.outRefundNo) return { kind: 'REFUNDED', channel: 'WECHAT', merchantId: n.mchid, outTradeNo: n.outTradeNo, outRequestNo: n.outRefundNo };
    const paid = n.eventType === 'TRANSACTION.SUCCESS' && n.status === 'SUCCESS';
    return paid && n.transactionId && n.amountFen !== undefined
      ? { kind: 'PAID', channel: 'WECHAT', merchantId: n.mchid, outTradeNo: n.outTradeNo, tradeNo: n.transactionId, amountFen: n.amountFen, paidAt: n.paidAt ?? new Date() }
      : { kind: 'OTHER', channel: 'WECHAT', merchantId: n.mchid, outTradeNo: n.outTradeNo };
  }
}
