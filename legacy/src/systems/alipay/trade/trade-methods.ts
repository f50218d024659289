/**
 * The trade (统一收单) and bill methods of /alipay/gateway.do, after the gateway has checked the
 * common parameters and the request signature. Field names, formats (yuan strings with two
 * decimals, Beijing "yyyy-MM-dd HH:mm:ss") and error codes are the real platform's.
 * wap.pay is a page method: the buyer's browser brings the signed request, and is sent on to the
 * cashier (or shown the refusal as a page); the others answer the merchant's server in JSON.
 */
import type { HttpCall, HttpReply } from '../../../framework/http-system.js';
import type { AlipayError } from '../errors.js';
import { beijingDateOf, beijingTimeOf } from './beijing-time.js';
import { billCsv } from './bill-csv.js';
import type { BillLinks } from './bill-links.js';
import { bizOf, idsOf, orderOf, refundRequestOf, type Biz } from './biz-content.js';
import { noticePage } from './cashier-page.js';
import type { PaymentDesk } from './payment-desk.js';
import { TRADE_ERRORS as E, isAlipayError } from './trade-errors.js';
import { isPaid, refundedFen, type Trade } from './trades.js';
import { yuanOf } from './yuan.js';

export const TRADE_METHODS = [
  'alipay.trade.wap.pay',
  'alipay.trade.precreate',
  'alipay.trade.query',
  'alipay.trade.close',
  'alipay.trade.refund',
  'alipay.trade.fastpay.refund.query',
  'alipay.data.dataservice.bill.downloadurl.query',
] as const;
export type TradeMethod = (typeof TRADE_METHODS)[number];

/** Methods answered to the buyer's browser with a page instead of signed JSON. */
export const PAGE_METHODS: ReadonlySet<string> = new Set<TradeMethod>(['alipay.trade.wap.pay']);

type Params = Record<string, string>;

export interface TradeMethodDeps {
  desk: PaymentDesk;
  bills: BillLinks;
  /** Where buyers and merchants reach this server (http://host:port), for qr_code, cashier and bill URLs. */
  publicUrl(call: HttpCall): string;
  /** The merchant's 2088… id, on the bill. */
  account: string;
  now: () => number;
}

const SUCCESS = { code: '10000', msg: 'Success' } as const;
const BILL_PERIOD = /^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/;

/** An error on a page: what the real gateway shows a buyer whose page request it refuses. */
export const gatewayErrorPage = (error: AlipayError): HttpReply => ({
  contentType: 'text/html; charset=utf-8',
  body: noticePage('支付请求有误', `错误代码 ${error.sub_code}：${error.sub_msg}`),
});

function queryAnswer(trade: Trade) {
  const total = yuanOf(trade.amountFen);
  const paid = isPaid(trade);
  return {
    ...SUCCESS,
    trade_no: trade.tradeNo,
    out_trade_no: trade.outTradeNo,
    ...(paid ? { buyer_logon_id: trade.buyer?.logonId } : {}),
    trade_status: trade.status,
    total_amount: total,
    buyer_pay_amount: paid ? total : '0.00',
    point_amount: '0.00',
    invoice_amount: paid ? total : '0.00',
    ...(trade.paidAt !== undefined ? { send_pay_date: beijingTimeOf(trade.paidAt) } : {}),
    receipt_amount: paid ? total : '0.00',
    ...(paid ? { buyer_user_id: trade.buyer?.userId, buyer_user_type: 'PRIVATE', fund_bill_list: [{ fund_channel: 'ALIPAYACCOUNT', amount: total }] } : {}),
  };
}

/** `signed(method, payload)` is the gateway's: the JSON answer signed with Alipay's private key. */
export function tradeMethods(deps: TradeMethodDeps, signed: (method: TradeMethod, payload: object) => HttpReply): Record<TradeMethod, (params: Params, call: HttpCall) => HttpReply> {
  const { desk } = deps;
  const book = desk.book;
  const cashierUrl = (call: HttpCall, trade: Trade) => `${deps.publicUrl(call)}/alipay/cashier/${trade.cashierCode}`;
  /** A JSON method: biz_content parsed, then `run`; any AlipayError along the way is the answer. */
  const json = (method: TradeMethod, run: (biz: Biz, params: Params, call: HttpCall) => object | AlipayError) => (params: Params, call: HttpCall) => {
    const biz = bizOf(params);
    return signed(method, isAlipayError(biz) ? biz : run(biz, params, call));
  };
  const withIds = <T>(biz: Biz, run: (ids: Exclude<ReturnType<typeof idsOf>, AlipayError>) => T | AlipayError): T | AlipayError => {
    const ids = idsOf(biz);
    return isAlipayError(ids) ? ids : run(ids);
  };

  return {
    'alipay.trade.wap.pay': (params, call) => {
      const biz = bizOf(params);
      const order = isAlipayError(biz) ? biz : orderOf('alipay.trade.wap.pay', biz, params, deps.now());
      const trade = isAlipayError(order) ? order : book.create(order);
      if (isAlipayError(trade)) return gatewayErrorPage(trade);
      // return_url and quit_url are this page request's (the trade may exist already, precreated for a QR code).
      if (!isAlipayError(order)) Object.assign(trade, { returnUrl: order.returnUrl ?? trade.returnUrl, quitUrl: order.quitUrl ?? trade.quitUrl });
      // The buyer is already here: the trade exists from now on, as when a QR code is scanned.
      book.open(trade);
      return { status: 302, headers: { location: cashierUrl(call, trade) }, contentType: 'text/html; charset=utf-8', body: '' };
    },

    'alipay.trade.precreate': json('alipay.trade.precreate', (biz, params, call) => {
      const order = orderOf('alipay.trade.precreate', biz, params, deps.now());
      const trade = isAlipayError(order) ? order : book.create(order);
      return isAlipayError(trade) ? trade : { ...SUCCESS, out_trade_no: trade.outTradeNo, qr_code: cashierUrl(call, trade) };
    }),

    'alipay.trade.query': json('alipay.trade.query', (biz) =>
      withIds(biz, (ids) => {
        const trade = book.find(ids);
        return trade ? queryAnswer(trade) : E.tradeNotExist;
      }),
    ),

    'alipay.trade.close': json('alipay.trade.close', (biz) =>
      withIds(biz, (ids) => {
        const trade = book.close(ids);
        return isAlipayError(trade) ? trade : { ...SUCCESS, trade_no: trade.tradeNo, out_trade_no: trade.outTradeNo };
      }),
    ),

    'alipay.trade.refund': json('alipay.trade.refund', (biz) =>
      withIds(biz, (ids) => {
        const request = refundRequestOf(biz, ids);
        const outcome = isAlipayError(request) ? request : book.refund(ids, request);
        if (isAlipayError(outcome)) return outcome;
        const { trade, refund, fundChange } = outcome;
        return {
          ...SUCCESS,
          trade_no: trade.tradeNo,
          out_trade_no: trade.outTradeNo,
          buyer_logon_id: trade.buyer?.logonId,
          buyer_user_id: trade.buyer?.userId,
          fund_change: fundChange ? 'Y' : 'N',
          refund_fee: yuanOf(refundedFen(trade)),
          gmt_refund_pay: beijingTimeOf(refund.at),
          send_back_fee: yuanOf(refund.amountFen),
        };
      }),
    ),

    'alipay.trade.fastpay.refund.query': json('alipay.trade.fastpay.refund.query', (biz) =>
      withIds(biz, (ids) => {
        const outRequestNo = typeof biz.out_request_no === 'string' && biz.out_request_no !== '' ? biz.out_request_no : undefined;
        if (!outRequestNo) return E.invalidParameter('缺少 out_request_no');
        const found = book.refundOf(ids, outRequestNo);
        if (isAlipayError(found)) return found;
        const { trade, refund } = found;
        const head = { ...SUCCESS, trade_no: trade.tradeNo, out_trade_no: trade.outTradeNo, out_request_no: outRequestNo };
        // An unknown request number is no error: the answer just holds no refund (the platform's way of saying "not refunded").
        if (!refund) return head;
        return { ...head, total_amount: yuanOf(trade.amountFen), refund_amount: yuanOf(refund.amountFen), refund_status: 'REFUND_SUCCESS', gmt_refund_pay: beijingTimeOf(refund.at) };
      }),
    ),

    'alipay.data.dataservice.bill.downloadurl.query': json('alipay.data.dataservice.bill.downloadurl.query', (biz, _params, call) => {
      if (biz.bill_type !== 'trade') return E.invalidBillArguments('bill_type 仅支持 trade');
      const period = typeof biz.bill_date === 'string' ? biz.bill_date : '';
      const validDay = period.length === 7 || beijingDateOf(Date.parse(`${period}T00:00:00+08:00`) || 0) === period;
      if (!BILL_PERIOD.test(period) || !validDay) return E.invalidBillArguments('bill_date 须为 yyyy-MM-dd 或 yyyy-MM');
      // The real platform publishes a day's bill the next morning; the stand-in serves today's as it
      // stands, so tests need not wait a day. Later days have no bill.
      const now = deps.now();
      if (period > beijingDateOf(now).slice(0, period.length)) return E.billNotExist;
      const csv = billCsv(period, book.completedOn(period), deps.account, now);
      const path = deps.bills.issue(`${deps.account}0156_${period.replaceAll('-', '')}.csv`, csv);
      return { ...SUCCESS, bill_download_url: `${deps.publicUrl(call)}/alipay${path}` };
    }),
  };
}
