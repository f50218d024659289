/**
 * The trades of the one merchant app: created by precreate / wap.pay, paid or left at the cashier,
 * closed, refunded. As on the real platform a pre-created trade exists for query, close and refund
 * only once the buyer has opened its cashier (scanned the QR code, loaded the wap page); before that
 * the platform answers ACQ.TRADE_NOT_EXIST. Unpaid trades close by themselves at time_expire: the
 * book checks lazily whenever a trade is looked at, and on closeExpired().
 */
import type { TokenSource } from '../../shared/tokens.js';
import type { AlipayError } from '../errors.js';
import { beijingDateOf } from './beijing-time.js';
import { TRADE_ERRORS as E } from './trade-errors.js';

export type TradeStatus = 'WAIT_BUYER_PAY' | 'TRADE_SUCCESS' | 'TRADE_CLOSED' | 'TRADE_FINISHED';

/** What the merchant's precreate / wap.pay asked for. */
export interface TradeOrder {
  outTradeNo: string;
  amountFen: number;
  subject: string;
  productCode: string;
  /** Epoch ms (time_expire, or the product's default lifetime). */
  expiresAt: number;
  notifyUrl?: string | undefined;
  returnUrl?: string | undefined;
  /** wap.pay: where the cashier's 取消 sends the buyer back to. */
  quitUrl?: string | undefined;
}

export interface AlipayBuyer {
  userId: string;
  /** Masked, as the platform shows it to merchants (151****5477). */
  logonId: string;
}

export interface TradeRefund {
  outRequestNo: string;
  amountFen: number;
  reason?: string | undefined;
  at: number;
}

export interface Trade extends TradeOrder {
  tradeNo: string;
  /** The opaque part of the cashier URL (real QR codes read https://qr.alipay.com/bax0…). */
  cashierCode: string;
  createdAt: number;
  /** The buyer has opened the cashier: from then on the trade exists for query, close and refund. */
  opened: boolean;
  status: TradeStatus;
  buyer?: AlipayBuyer;
  paidAt?: number;
  closedAt?: number;
  refunds: TradeRefund[];
}

export type TradeEvent = { kind: 'paid' | 'closed' | 'finished'; trade: Trade } | { kind: 'refunded'; trade: Trade; refund: TradeRefund };

/** trade_no wins when both are given, as on the platform. */
export interface TradeIds {
  outTradeNo?: string | undefined;
  tradeNo?: string | undefined;
}

export interface RefundRequest {
  outRequestNo: string;
  amountFen: number;
  reason?: string | undefined;
}

export interface RefundOutcome {
  trade: Trade;
  refund: TradeRefund;
  /** false when this out_request_no was refunded before: nothing moved this time (fund_change N). */
  fundChange: boolean;
}

export const refundedFen = (trade: Trade): number => trade.refunds.reduce((sum, refund) => sum + refund.amountFen, 0);

export const isPaid = (trade: Trade): boolean => trade.paidAt !== undefined;

export class TradeBook {
  private readonly byOutTradeNo = new Map<string, Trade>();
  private readonly byTradeNo = new Map<string, Trade>();
  private readonly byCashierCode = new Map<string, Trade>();

  constructor(
    private readonly tokens: TokenSource,
    private readonly now: () => number,
    private readonly onEvent: (event: TradeEvent) => void,
  ) {}

  /** The same out_trade_no with the same amount is the same trade; another amount is refused. */
  create(order: TradeOrder): Trade | AlipayError {
    const existing = this.fresh(this.byOutTradeNo.get(order.outTradeNo));
    // A QR code that expired before anyone scanned it left no trade behind: the number is free again.
    if (existing && (existing.opened || existing.status !== 'TRADE_CLOSED')) {
      if (isPaid(existing)) return E.tradeHasSuccess;
      if (existing.status === 'TRADE_CLOSED') return E.tradeHasClose;
      if (existing.amountFen !== order.amountFen) return E.contextInconsistent;
      return existing;
    }
    const now = this.now();
    const trade: Trade = { ...order, tradeNo: this.tradeNo(now), cashierCode: `bax${this.tokens.hex(10)}`, createdAt: now, opened: false, status: 'WAIT_BUYER_PAY', refunds: [] };
    if (existing) this.byTradeNo.delete(existing.tradeNo);
    this.byOutTradeNo.set(trade.outTradeNo, trade);
    this.byTradeNo.set(trade.tradeNo, trade);
    this.byCashierCode.set(trade.cashierCode, trade);
    return trade;
  }

  /** A trade the platform would admit to (opened by the buyer). */
  find(ids: TradeIds): Trade | undefined {
    const trade = this.fresh(ids.tradeNo ? this.byTradeNo.get(ids.tradeNo) : ids.outTradeNo ? this.byOutTradeNo.get(ids.outTradeNo) : undefined);
    return trade?.opened ? trade : undefined;
  }

  /** Any trade the merchant created, opened or not (the cashier, in-process pay). */
  created(outTradeNo: string): Trade | undefined {
    return this.fresh(this.byOutTradeNo.get(outTradeNo));
  }

  byCashier(code: string): Trade | undefined {
    return this.fresh(this.byCashierCode.get(code));
  }

  /** The buyer sees the cashier: the trade now exists (still WAIT_BUYER_PAY). */
  open(trade: Trade): Trade {
    if (trade.status === 'WAIT_BUYER_PAY') trade.opened = true;
    return trade;
  }

  pay(trade: Trade, buyer: AlipayBuyer): Trade | AlipayError {
    this.fresh(trade);
    if (isPaid(trade)) return E.tradeHasSuccess;
    if (trade.status !== 'WAIT_BUYER_PAY') return E.tradeHasClose;
    Object.assign(trade, { opened: true, status: 'TRADE_SUCCESS', buyer, paidAt: this.now() });
    this.onEvent({ kind: 'paid', trade });
    return trade;
  }

  /** Closing a closed unpaid trade again succeeds: the merchant's goal already holds. */
  close(ids: TradeIds): Trade | AlipayError {
    const trade = this.find(ids);
    if (!trade) return E.tradeNotExist;
    if (isPaid(trade)) return E.tradeStatusError;
    if (trade.status === 'WAIT_BUYER_PAY') this.closeNow(trade, this.now());
    return trade;
  }

  refund(ids: TradeIds, request: RefundRequest): RefundOutcome | AlipayError {
    const trade = this.find(ids);
    if (!trade) return E.tradeNotExist;
    const earlier = trade.refunds.find((r) => r.outRequestNo === request.outRequestNo);
    if (earlier) return earlier.amountFen === request.amountFen ? { trade, refund: earlier, fundChange: false } : E.discordantRepeatRequest;
    if (trade.status === 'TRADE_FINISHED') return E.tradeHasFinished;
    if (!isPaid(trade)) return trade.status === 'TRADE_CLOSED' ? E.tradeHasClose : E.tradeStatusError;
    if (refundedFen(trade) + request.amountFen > trade.amountFen) return E.refundAmountExceeded;
    const refund: TradeRefund = { ...request, at: this.now() };
    trade.refunds.push(refund);
    // Refunded in full, a trade is closed (and says so in the refund's notification).
    if (refundedFen(trade) === trade.amountFen) Object.assign(trade, { status: 'TRADE_CLOSED', closedAt: refund.at });
    this.onEvent({ kind: 'refunded', trade, refund });
    return { trade, refund, fundChange: true };
  }

  refundOf(ids: TradeIds, outRequestNo: string): { trade: Trade; refund: TradeRefund | undefined } | AlipayError {
    const trade = this.find(ids);
    if (!trade) return E.tradeNotExist;
    return { trade, refund: trade.refunds.find((r) => r.outRequestNo === outRequestNo) };
  }

  /** The refund period is over (TRADE_FINISHED): no more refunds. */
  finish(ids: TradeIds): Trade | AlipayError {
    const trade = this.find(ids);
    if (!trade) return E.tradeNotExist;
    if (trade.status !== 'TRADE_SUCCESS') return E.tradeStatusError;
    trade.status = 'TRADE_FINISHED';
    this.onEvent({ kind: 'finished', trade });
    return trade;
  }

  /** Closes every unpaid trade past its time_expire; how many were closed. */
  closeExpired(): number {
    let closed = 0;
    for (const trade of this.byOutTradeNo.values()) {
      const before = trade.status;
      this.fresh(trade);
      if (before !== trade.status) closed++;
    }
    return closed;
  }

  /** Payments and refunds completed on a Beijing day (yyyy-MM-dd) or month (yyyy-MM). */
  completedOn(period: string): { payments: Trade[]; refunds: Array<{ trade: Trade; refund: TradeRefund }> } {
    const trades = [...this.byOutTradeNo.values()];
    const within = (ms: number | undefined) => ms !== undefined && beijingDateOf(ms).startsWith(period);
    return {
      payments: trades.filter((t) => within(t.paidAt)).sort((a, b) => (a.paidAt ?? 0) - (b.paidAt ?? 0)),
      refunds: trades.flatMap((trade) => trade.refunds.filter((r) => within(r.at)).map((refund) => ({ trade, refund }))).sort((a, b) => a.refund.at - b.refund.at),
    };
  }

  clear(): void {
    this.byOutTradeNo.clear();
    this.byTradeNo.clear();
    this.byCashierCode.clear();
  }

  /** Lazy expiry: an unpaid trade past its time_expire is closed the moment anyone looks at it. */
  private fresh(trade: Trade | undefined): Trade | undefined {
    if (trade?.status === 'WAIT_BUYER_PAY' && this.now() >= trade.expiresAt) {
      if (trade.opened) this.closeNow(trade, trade.expiresAt);
      else Object.assign(trade, { status: 'TRADE_CLOSED', closedAt: trade.expiresAt });
    }
    return trade;
  }

  private closeNow(trade: Trade, at: number) {
    Object.assign(trade, { status: 'TRADE_CLOSED', closedAt: at });
    this.onEvent({ kind: 'closed', trade });
  }

  /** 28 digits like the platform's: the Beijing date, 22001, then 15 digits. */
  private tradeNo(now: number): string {
    const digits = BigInt(`0x${this.tokens.hex(8)}`) % 10n ** 15n;
    return `${beijingDateOf(now).replaceAll('-', '')}22001${String(digits).padStart(15, '0')}`;
  }
}
