/**
 * The buyer's side of a trade, shared by the cashier pages and the in-process / admin handles:
 * paying (the trade turns TRADE_SUCCESS, the merchant is notified, the buyer is sent back to
 * return_url with the signed return parameters) and leaving the cashier without paying. Every
 * trade event with a notify_url becomes a notification through the shared PaymentNotifier.
 */
import type { PaymentNotifier } from '../../../framework/payment-notifier.js';
import type { TokenSource } from '../../shared/tokens.js';
import type { AlipayError } from '../errors.js';
import { returnUrlOf, tradeNotification, type PlatformSigner } from './trade-notifications.js';
import { isAlipayError } from './trade-errors.js';
import { TradeBook, type AlipayBuyer, type Trade } from './trades.js';

/** What paying gave: the platform's trade number and where the buyer's browser goes next. */
export interface AlipayPaid {
  outTradeNo: string;
  tradeNo: string;
  buyerId: string;
  /** return_url with the signed synchronous return parameters; undefined without return_url (QR payments). */
  returnUrl: string | undefined;
}

export interface PaymentDeskDeps {
  tokens: TokenSource;
  notifications: PaymentNotifier;
  signer: PlatformSigner;
  /** The stand-in buyer who pays at the cashier. */
  buyer: AlipayBuyer;
}

export class PaymentDesk {
  readonly book: TradeBook;

  constructor(private readonly deps: PaymentDeskDeps) {
    this.book = new TradeBook(deps.tokens, deps.signer.now, (event) => {
      const url = event.trade.notifyUrl;
      // One notify_id per notification: re-sends and replays of it carry the same one, as the platform's do.
      if (url) deps.notifications.notify(event.trade.outTradeNo, tradeNotification(url, event, deps.tokens.hex(17), deps.signer));
    });
  }

  payTrade(trade: Trade): AlipayPaid | AlipayError {
    const paid = this.book.pay(trade, this.deps.buyer);
    if (isAlipayError(paid)) return paid;
    return { outTradeNo: paid.outTradeNo, tradeNo: paid.tradeNo, buyerId: this.deps.buyer.userId, returnUrl: returnUrlOf(paid, this.deps.signer) };
  }

  /** In process: the buyer opens the trade's cashier and confirms. Throws a RangeError when it cannot be paid. */
  pay(outTradeNo: string): AlipayPaid {
    const trade = this.book.created(outTradeNo);
    if (!trade) throw new RangeError(`no Alipay trade ${outTradeNo}`);
    const paid = this.payTrade(this.book.open(trade));
    if (isAlipayError(paid)) throw new RangeError(`Alipay trade ${outTradeNo} cannot be paid: ${paid.sub_code} ${paid.sub_msg}`);
    return paid;
  }

  /** In process: the refund period is over (TRADE_FINISHED, notified): no more refunds. Throws a RangeError unless the trade is TRADE_SUCCESS. */
  finish(outTradeNo: string): { outTradeNo: string; status: Trade['status'] } {
    const finished = this.book.finish({ outTradeNo });
    if (isAlipayError(finished)) throw new RangeError(`Alipay trade ${outTradeNo} cannot finish: ${finished.sub_code}`);
    return { outTradeNo, status: finished.status };
  }

  /**
   * In process: the buyer opens the cashier and leaves (取消). As on the platform this changes
   * nothing but that the trade now exists (WAIT_BUYER_PAY until time_expire or close); the answer
   * is where the buyer goes (wap.pay's quit_url).
   */
  cancel(outTradeNo: string): { outTradeNo: string; status: Trade['status']; quitUrl: string | undefined } {
    const trade = this.book.created(outTradeNo);
    if (!trade) throw new RangeError(`no Alipay trade ${outTradeNo}`);
    this.book.open(trade);
    return { outTradeNo, status: trade.status, quitUrl: trade.quitUrl };
  }
}
