/**
 * The merchant's WeChat Pay trades: ordered (JSAPI / NATIVE / H5, which the platform calls MWEB),
 * paid at the cashier, closed, refunded. Unlike Alipay's pre-created trades, a v3 order exists from
 * the moment it is placed (query answers NOTPAY). Unpaid trades close by themselves at time_expire:
 * the book checks lazily whenever a trade is looked at. Refunds start PROCESSING and are settled a
 * moment later (settleRefund), as the platform settles them. Ids come from a token source per trade
 * (and per refund): random, or with a recording seed the same for the same trade however many calls
 * came before, so two recordings of one trade (its bill and the bill's file) agree.
 */
import type { TokenSource } from '../../shared/tokens.js';
import { beijingDate, compactTime } from './beijing-time.js';
import { PAY_ERRORS as E, type PayError } from './pay-errors.js';

export type TradeType = 'JSAPI' | 'NATIVE' | 'MWEB';
export type TradeState = 'NOTPAY' | 'SUCCESS' | 'REFUND' | 'CLOSED' | 'PAYERROR';
export type RefundStatus = 'PROCESSING' | 'SUCCESS';

/** What the merchant's order asked for. */
export interface TradeOrder {
  tradeType: TradeType;
  appid: string;
  mchid: string;
  description: string;
  outTradeNo: string;
  /** Epoch ms: time_expire, or two hours after the order without one. */
  expiresAt: number;
  notifyUrl: string;
  totalFen: number;
  attach?: string | undefined;
  /** JSAPI: the payer the merchant named. */
  openid?: string | undefined;
  /** H5: the payer's address as the merchant saw it (scene_info.payer_client_ip; the platform's risk check compares it). */
  payerClientIp?: string | undefined;
  /** Everything the same out_trade_no must repeat to be the same order. */
  fingerprint: string;
}

export interface Refund {
  refundId: string;
  outRefundNo: string;
  outTradeNo: string;
  refundFen: number;
  reason?: string | undefined;
  notifyUrl?: string | undefined;
  createdAt: number;
  status: RefundStatus;
  successAt?: number;
}

export interface Trade extends TradeOrder {
  prepayId: string;
  createdAt: number;
  state: TradeState;
  transactionId?: string;
  paidAt?: number;
  payerOpenid?: string;
  closedAt?: number;
  refunds: Refund[];
}

export type TradeEvent = { kind: 'paid'; trade: Trade } | { kind: 'refunded'; trade: Trade; refund: Refund };

export interface RefundRequest {
  outTradeNo?: string | undefined;
  transactionId?: string | undefined;
  outRefundNo: string;
  refundFen: number;
  totalFen: number;
  reason?: string | undefined;
  notifyUrl?: string | undefined;
}

export interface DayEntries {
  payments: Array<{ trade: Trade; at: number }>;
  refunds: Array<{ trade: Trade; refund: Refund; at: number }>;
}

export interface RefundOutcome {
  trade: Trade;
  refund: Refund;
  /** false when this out_refund_no was asked for before: nothing moved this time. */
  created: boolean;
}

export const isPaid = (trade: Trade): boolean => trade.paidAt !== undefined;

/** Everything refunded or being refunded: what a new refund cannot take again. */
export const refundedFen = (trade: Trade): number => trade.refunds.reduce((sum, refund) => sum + refund.refundFen, 0);

export class TradeBook {
  private readonly byOutTradeNo = new Map<string, Trade>();
  private readonly byPrepayId = new Map<string, Trade>();
  private readonly byTransactionId = new Map<string, Trade>();
  private readonly byOutRefundNo = new Map<string, Refund>();

  constructor(
    private readonly tokensFor: (key: string) => TokenSource,
    private readonly now: () => number,
    private readonly onEvent: (event: TradeEvent) => void,
  ) {}

  /** The same out_trade_no with the same parameters is the same trade; other parameters are refused. */
  create(order: TradeOrder): Trade | PayError {
    const existing = this.find(order.outTradeNo);
    if (existing) {
      if (isPaid(existing)) return E.orderPaid;
      if (existing.state === 'CLOSED') return E.orderClosed;
      return existing.fingerprint === order.fingerprint ? existing : E.outTradeNoUsed;
    }
    const now = this.now();
    const trade: Trade = { ...order, prepayId: `wx${compactTime(now)}${this.tokensFor(`prepay:${order.outTradeNo}`).hex(10)}`, createdAt: now, state: 'NOTPAY', refunds: [] };
    this.byOutTradeNo.set(trade.outTradeNo, trade);
    this.byPrepayId.set(trade.prepayId, trade);
    return trade;
  }

  find(outTradeNo: string): Trade | undefined {
    return this.fresh(this.byOutTradeNo.get(outTradeNo));
  }

  byPrepay(prepayId: string): Trade | undefined {
    return this.fresh(this.byPrepayId.get(prepayId));
  }

  refundOf(outRefundNo: string): { trade: Trade; refund: Refund } | undefined {
    const refund = this.byOutRefundNo.get(outRefundNo);
    const trade = refund && this.byOutTradeNo.get(refund.outTradeNo);
    return trade && refund ? { trade, refund } : undefined;
  }

  pay(trade: Trade, payerOpenid: string): Trade | PayError {
    this.fresh(trade);
    if (isPaid(trade)) return E.orderPaid;
    if (trade.state === 'CLOSED') return E.orderClosed;
    const now = this.now();
    const transactionId = this.transactionId(trade.outTradeNo, now);
    Object.assign(trade, { state: 'SUCCESS', paidAt: now, payerOpenid, transactionId });
    this.byTransactionId.set(transactionId, trade);
    this.onEvent({ kind: 'paid', trade });
    return trade;
  }

  /** Closing a closed trade again succeeds (204): the merchant's goal already holds. */
  close(outTradeNo: string): Trade | PayError {
    const trade = this.find(outTradeNo);
    if (!trade) return E.orderNotExist;
    if (isPaid(trade)) return E.orderPaid;
    if (trade.state !== 'CLOSED') Object.assign(trade, { state: 'CLOSED', closedAt: this.now() });
    return trade;
  }

  refund(request: RefundRequest): RefundOutcome | PayError {
    const trade = request.transactionId ? this.fresh(this.byTransactionId.get(request.transactionId)) : request.outTradeNo ? this.find(request.outTradeNo) : undefined;
    if (!trade) return E.tradeNotExist;
    const earlier = this.byOutRefundNo.get(request.outRefundNo);
    if (earlier) {
      const same = earlier.outTradeNo === trade.outTradeNo && earlier.refundFen === request.refundFen && trade.totalFen === request.totalFen;
      return same ? { trade, refund: earlier, created: false } : E.outRefundNoUsed;
    }
    if (!isPaid(trade)) return E.notPaid;
    if (request.totalFen !== trade.totalFen) return E.refundTotalMismatch;
    if (refundedFen(trade) + request.refundFen > trade.totalFen) return E.notEnough;
    const now = this.now();
    const refund: Refund = {
      refundId: this.refundId(request.outRefundNo, now),
      outRefundNo: request.outRefundNo,
      outTradeNo: trade.outTradeNo,
      refundFen: request.refundFen,
      reason: request.reason,
      notifyUrl: request.notifyUrl,
      createdAt: now,
      status: 'PROCESSING',
    };
    trade.refunds.push(refund);
    trade.state = 'REFUND';
    this.byOutRefundNo.set(refund.outRefundNo, refund);
    return { trade, refund, created: true };
  }

  /** The money reached the payer; ignored for a refund the book no longer holds (reset since). */
  settleRefund(refund: Refund): void {
    const held = this.refundOf(refund.outRefundNo);
    if (held?.refund !== refund || refund.status !== 'PROCESSING') return;
    Object.assign(refund, { status: 'SUCCESS', successAt: this.now() });
    this.onEvent({ kind: 'refunded', trade: held.trade, refund });
  }

  /** Payments and settled refunds of a Beijing day (yyyy-MM-dd), each with its time, in time order. */
  completedOn(date: string): DayEntries {
    const trades = [...this.byOutTradeNo.values()];
    const on = (at: number | undefined): at is number => at !== undefined && beijingDate(at) === date;
    const payments = trades.flatMap((trade) => (on(trade.paidAt) ? [{ trade, at: trade.paidAt }] : []));
    const refunds = trades.flatMap((trade) => trade.refunds.flatMap((refund) => (on(refund.successAt) ? [{ trade, refund, at: refund.successAt }] : [])));
    return { payments: payments.sort((a, b) => a.at - b.at), refunds: refunds.sort((a, b) => a.at - b.at) };
  }

  clear(): void {
    this.byOutTradeNo.clear();
    this.byPrepayId.clear();
    this.byTransactionId.clear();
    this.byOutRefundNo.clear();
  }

  /** Lazy expiry: an unpaid trade past its time_expire is closed the moment anyone looks at it. */
  private fresh(trade: Trade | undefined): Trade | undefined {
    if (trade && !isPaid(trade) && trade.state !== 'CLOSED' && this.now() >= trade.expiresAt) Object.assign(trade, { state: 'CLOSED', closedAt: trade.expiresAt });
    return trade;
  }

  private static digits(tokens: TokenSource, count: number): string {
    return String(BigInt(`0x${tokens.hex(8)}`) % 10n ** BigInt(count)).padStart(count, '0');
  }

  /** 28 digits like the platform's: 4200, 6 digits, the Beijing date, 10 digits. */
  private transactionId(outTradeNo: string, now: number): string {
    const tokens = this.tokensFor(`transaction:${outTradeNo}`);
    return `4200${TradeBook.digits(tokens, 6)}${compactTime(now).slice(0, 8)}${TradeBook.digits(tokens, 10)}`;
  }

  /** 29 digits like the platform's: 50300, 6 digits, the Beijing date, 10 digits. */
  private refundId(outRefundNo: string, now: number): string {
    const tokens = this.tokensFor(`refund:${outRefundNo}`);
    return `50300${TradeBook.digits(tokens, 6)}${compactTime(now).slice(0, 8)}${TradeBook.digits(tokens, 10)}`;
  }
}
