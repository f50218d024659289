/**
 * The payer's side of a trade, shared by the cashier pages and the in-process / admin handles:
 * paying (the trade turns SUCCESS and the merchant is notified) and leaving the cashier without
 * paying; and the settling of refunds, which the merchant is told about too. Every event whose
 * notify_url is known becomes a notification through the shared PaymentNotifier.
 */
import type { PaymentNotifier } from '../../../framework/payment-notifier.js';
import type { TokenSource } from '../../shared/tokens.js';
import { wechatIdentityOf } from '../users.js';
import { PayError } from './pay-errors.js';
import { notificationId, tradeNotification, type NotificationSigner } from './trade-notifications.js';
import { TradeBook, type RefundOutcome, type RefundRequest, type Trade } from './trades.js';

/** Who pays an H5 or Native trade at the stand-in's cashier (a JSAPI trade names its payer). */
export const DEFAULT_PAYER = 'wx-user-1';

export interface WechatPaid {
  outTradeNo: string;
  transactionId: string;
  openid: string;
  /** H5 trades: the payer address the merchant sent. */
  payerClientIp?: string | undefined;
}

export interface PaymentDeskDeps {
  appId: string;
  tokens: TokenSource;
  /** A token source for one trade's or refund's ids (see TradeBook). */
  tokensFor: (key: string) => TokenSource;
  notifications: PaymentNotifier;
  signer: NotificationSigner;
}

export class PaymentDesk {
  readonly book: TradeBook;

  constructor(private readonly deps: PaymentDeskDeps) {
    this.book = new TradeBook(deps.tokensFor, deps.signer.now, (event) => {
      const url = event.kind === 'paid' ? event.trade.notifyUrl : event.refund.notifyUrl;
      // One id per notification: re-sends and replays of it carry the same one, as the platform's do.
      const id = notificationId(deps.signer.now(), String(Number.parseInt(deps.tokens.hex(3), 16)));
      if (url) deps.notifications.notify(event.trade.outTradeNo, tradeNotification(url, event, id, deps.signer));
    });
  }

  payTrade(trade: Trade, wechatUser = DEFAULT_PAYER): Trade | PayError {
    return this.book.pay(trade, trade.openid ?? wechatIdentityOf(this.deps.appId, wechatUser).openid);
  }

  /** In process: the payer opens the trade's cashier and confirms. Throws a RangeError when it cannot be paid. */
  pay(outTradeNo: string, wechatUser?: string): WechatPaid {
    const trade = this.book.find(outTradeNo);
    if (!trade) throw new RangeError(`no WeChat Pay trade ${outTradeNo}`);
    const paid = this.payTrade(trade, wechatUser);
    if (paid instanceof PayError) throw new RangeError(`WeChat Pay trade ${outTradeNo} cannot be paid: ${paid.code} ${paid.message}`);
    return { outTradeNo, transactionId: paid.transactionId ?? '', openid: paid.payerOpenid ?? '', payerClientIp: paid.payerClientIp };
  }

  /** In process: the payer opens the cashier and leaves (取消). As on the platform the trade stays NOTPAY until time_expire or close. */
  cancel(outTradeNo: string): { outTradeNo: string; state: Trade['state'] } {
    const trade = this.book.find(outTradeNo);
    if (!trade) throw new RangeError(`no WeChat Pay trade ${outTradeNo}`);
    return { outTradeNo, state: trade.state };
  }

  /** A new refund is answered PROCESSING and settles right after the answer has gone. */
  refund(request: RefundRequest): RefundOutcome | PayError {
    const outcome = this.book.refund(request);
    if (!(outcome instanceof PayError) && outcome.created) setImmediate(() => this.book.settleRefund(outcome.refund));
    return outcome;
  }
}
