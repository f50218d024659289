/**
 * The cashier in a browser, below /alipay/cashier/<code> (the QR code's URL and where wap.pay
 * sends the buyer): GET shows the trade, POST …/pay confirms it (302 to return_url with the signed
 * return parameters, or a success page for QR payments), GET …/cancel leaves (302 to quit_url, or
 * a page). Paid, closed and expired trades get a Chinese notice instead. Not platform methods, so
 * not counted.
 */
import type { HttpReply, HttpRoute } from '../../../framework/http-system.js';
import { cashierPage, noticePage } from './cashier-page.js';
import type { PaymentDesk } from './payment-desk.js';
import { isAlipayError } from './trade-errors.js';
import { isPaid, type Trade } from './trades.js';

const html = (body: string, status = 200): HttpReply => ({ status, contentType: 'text/html; charset=utf-8', body });
const redirect = (location: string): HttpReply => ({ status: 302, headers: { location }, contentType: 'text/html; charset=utf-8', body: '' });

const AGAIN = '请返回商户页面重新发起付款';

export function cashierRoutes(desk: PaymentDesk, merchantName: string): HttpRoute[] {
  const context = (trade: Trade) => ({ merchantName, trade });
  /** Why this trade cannot be paid, as the buyer is told; undefined when it can. */
  const refusal = (trade: Trade): HttpReply | undefined => {
    if (isPaid(trade)) return html(noticePage('该订单已支付', '无需重复付款', context(trade)));
    if (trade.status === 'WAIT_BUYER_PAY') return undefined;
    const expired = trade.closedAt === trade.expiresAt;
    return html(noticePage(expired ? '订单已过期' : '订单已关闭', expired ? `该订单已超过付款时限，${AGAIN}` : `商户已关闭该订单，${AGAIN}`, context(trade)));
  };
  const withTrade = (reply: (trade: Trade) => HttpReply) => ({
    operationOf: () => undefined,
    handle: (call: { params: Record<string, string> }) => {
      const trade = desk.book.byCashier(call.params.code ?? '');
      return trade ? reply(trade) : html(noticePage('订单不存在', `付款码无效，${AGAIN}`), 404);
    },
  });

  return [
    {
      method: 'GET',
      url: '/cashier/:code',
      ...withTrade((trade) => refusal(trade) ?? html(cashierPage(merchantName, desk.book.open(trade)))),
    },
    {
      method: 'POST',
      url: '/cashier/:code/pay',
      ...withTrade((trade) => {
        const refused = refusal(trade);
        if (refused) return refused;
        const paid = desk.payTrade(trade);
        // Expired between showing the page and confirming.
        if (isAlipayError(paid)) return refusal(trade) ?? html(noticePage('付款失败', paid.sub_msg, context(trade)));
        return paid.returnUrl ? redirect(paid.returnUrl) : html(noticePage('付款成功', '请返回商户页面查看结果', context(trade)));
      }),
    },
    {
      method: 'GET',
      url: '/cashier/:code/cancel',
      ...withTrade((trade) => {
        const { quitUrl } = desk.book.open(trade);
        return quitUrl ? redirect(quitUrl) : html(noticePage('已取消付款', '订单尚未支付，可返回商户页面重新付款', context(trade)));
      }),
    },
  ];
}
