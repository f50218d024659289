/**
 * Orders (下单: JSAPI, H5, Native), query by out_trade_no and close, below /wechat/v3/pay/transactions.
 * An order answers what the payer needs next: JSAPI the prepay_id (its cashier is reachable with it),
 * H5 the h5_url, Native the code_url for a QR code; both are URLs of the stand-in's cashier page.
 */
import { transactionJson } from './answers.js';
import { cashierUrl } from './cashier-routes.js';
import { PAY_ERRORS as E, PayError } from './pay-errors.js';
import type { PaymentDesk } from './payment-desk.js';
import { publicBase } from './public-url.js';
import { orderOf, type MerchantIds } from './request-bodies.js';
import type { Trade, TradeType } from './trades.js';
import { v3Route, type V3Answer, type V3Deps } from './v3-route.js';

export const ORDER_OPERATIONS = {
  jsapi: '/v3/pay/transactions/jsapi',
  h5: '/v3/pay/transactions/h5',
  native: '/v3/pay/transactions/native',
  query: '/v3/pay/transactions/out-trade-no/{out_trade_no}',
  close: '/v3/pay/transactions/out-trade-no/{out_trade_no}/close',
} as const;

export interface OrderRouteDeps extends V3Deps {
  desk: PaymentDesk;
  ids: MerchantIds;
  /** LEGACY_WECHAT_PUBLIC_URL, if set. */
  publicUrl: string | undefined;
}

/** `base`: where the stand-in's pages are reached (publicBase). */
const ORDER_KINDS: Array<{ path: 'jsapi' | 'h5' | 'native'; tradeType: TradeType; answer(trade: Trade, base: string): object }> = [
  { path: 'jsapi', tradeType: 'JSAPI', answer: (trade) => ({ prepay_id: trade.prepayId }) },
  { path: 'h5', tradeType: 'MWEB', answer: (trade, base) => ({ h5_url: cashierUrl(base, trade.prepayId) }) },
  { path: 'native', tradeType: 'NATIVE', answer: (trade, base) => ({ code_url: cashierUrl(base, trade.prepayId) }) },
];

/** The mchid a query string or close body must carry: the merchant's own. */
function mchidProblem(mchid: unknown, ids: MerchantIds): PayError | undefined {
  if (typeof mchid !== 'string' || mchid === '') return E.paramError('输入源“mchid”为必填项');
  return mchid === ids.mchid ? undefined : E.invalidRequest('mchid与请求头Authorization中的商户号不一致');
}

export function orderRoutes(deps: OrderRouteDeps) {
  const { desk, ids } = deps;
  const orders = ORDER_KINDS.map(({ path, tradeType, answer }) =>
    v3Route(
      {
        method: 'POST',
        url: `/v3/pay/transactions/${path}`,
        operation: ORDER_OPERATIONS[path],
        handle(call): V3Answer | PayError {
          const order = orderOf(tradeType, call.json, ids, deps.now());
          if (order instanceof PayError) return order;
          const trade = desk.book.create(order);
          return trade instanceof PayError ? trade : { status: 200, json: answer(trade, publicBase(call, deps.publicUrl)) };
        },
      },
      deps,
    ),
  );
  const query = v3Route(
    {
      method: 'GET',
      url: '/v3/pay/transactions/out-trade-no/:outTradeNo',
      operation: ORDER_OPERATIONS.query,
      handle(call) {
        const refused = mchidProblem(call.query.mchid, ids);
        if (refused) return refused;
        const trade = desk.book.find(call.params.outTradeNo ?? '');
        return trade ? { status: 200, json: transactionJson(trade) } : E.orderNotExist;
      },
    },
    deps,
  );
  const close = v3Route(
    {
      method: 'POST',
      url: '/v3/pay/transactions/out-trade-no/:outTradeNo/close',
      operation: ORDER_OPERATIONS.close,
      handle(call) {
        const refused = mchidProblem((call.json as { mchid?: unknown } | undefined)?.mchid, ids);
        if (refused) return refused;
        const closed = desk.book.close(call.params.outTradeNo ?? '');
        return closed instanceof PayError ? closed : { status: 204 };
      },
    },
    deps,
  );
  return [...orders, query, close];
}
