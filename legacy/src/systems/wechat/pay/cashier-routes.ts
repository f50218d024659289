/**
 * The cashier in a browser, below /wechat/pay/cashier?prepay_id=… (h5_url, the Native code_url, and
 * where a JSAPI page sends the payer): GET shows the trade, POST …/confirm pays it and shows 支付成功,
 * POST …/cancel leaves it unpaid; both link back to the redirect_url the merchant's H5 page appended
 * to h5_url, if any. Paid, closed and expired trades get a Chinese notice instead. Not platform
 * API calls, so not counted.
 */
import type { HttpCall, HttpReply, HttpRoute } from '../../../framework/http-system.js';
import { cashierPage, noticePage, type CashierContext } from './cashier-page.js';
import { PayError } from './pay-errors.js';
import type { PaymentDesk } from './payment-desk.js';
import { isPaid, type Trade } from './trades.js';

export const CASHIER_PATH = '/pay/cashier';

const html = (body: string, status = 200): HttpReply => ({ status, contentType: 'text/html; charset=utf-8', body });

/** The cashier of a trade as the payer's browser reaches it (h5_url, code_url). */
export const cashierUrl = (base: string, prepayId: string): string => `${base}${CASHIER_PATH}?${new URLSearchParams({ prepay_id: prepayId })}`;

const AGAIN = '请返回商户页面重新发起支付';

/** http(s) only: anything else (javascript:, data:) is not a way back. */
function redirectUrlOf(value: string | undefined): string | undefined {
  try {
    const url = new URL(value ?? '');
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

export function cashierRoutes(desk: PaymentDesk, merchantName: string): HttpRoute[] {
  /** Why this trade cannot be paid, as the payer is told; undefined when it can. */
  const refusal = (context: CashierContext): HttpReply | undefined => {
    const { trade } = context;
    if (isPaid(trade)) return html(noticePage('该订单已支付', '无需重复支付', context));
    if (trade.state !== 'CLOSED') return undefined;
    const expired = trade.closedAt === trade.expiresAt;
    return html(noticePage('订单已关闭', expired ? `该订单已超过支付时限，${AGAIN}` : `商户已关闭该订单，${AGAIN}`, context));
  };
  const withTrade = (fields: (call: HttpCall) => Record<string, string>, reply: (context: CashierContext) => HttpReply) => ({
    operationOf: () => undefined,
    handle: (call: HttpCall) => {
      const { prepay_id, redirect_url } = fields(call);
      const trade: Trade | undefined = desk.book.byPrepay(prepay_id ?? '');
      if (!trade) return html(noticePage('订单不存在', `支付链接无效，${AGAIN}`), 404);
      return reply({ merchantName, trade, redirectUrl: redirectUrlOf(redirect_url) });
    },
  });

  return [
    {
      method: 'GET',
      url: CASHIER_PATH,
      ...withTrade(
        (call) => call.query,
        (context) => refusal(context) ?? html(cashierPage(context, `/wechat${CASHIER_PATH}`)),
      ),
    },
    {
      method: 'POST',
      url: `${CASHIER_PATH}/confirm`,
      ...withTrade(
        (call) => call.form,
        (context) => {
          const refused = refusal(context);
          if (refused) return refused;
          const paid = desk.payTrade(context.trade);
          // Expired between showing the page and confirming.
          if (paid instanceof PayError) return refusal(context) ?? html(noticePage('支付失败', paid.message, context));
          return html(noticePage('支付成功', context.redirectUrl ? '商户已收到支付结果' : '请返回商户页面查看结果', context));
        },
      ),
    },
    {
      method: 'POST',
      url: `${CASHIER_PATH}/cancel`,
      ...withTrade(
        (call) => call.form,
        (context) => refusal(context) ?? html(noticePage('已取消支付', '订单尚未支付，可返回商户页面重新支付', context)),
      ),
    },
  ];
}
