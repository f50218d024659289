/**
 * Business failures of the trade (收单, ACQ.*) and data service methods, as the real gateway
 * answers them: `code: "40004"`, `msg: "Business Failed"`, inside `<method>_response`, signed.
 * Sub codes and messages follow the open platform's error tables for each method.
 */
import type { AlipayError } from '../errors.js';

const business = (sub_code: string, sub_msg: string): AlipayError => ({ code: '40004', msg: 'Business Failed', sub_code, sub_msg });

export const TRADE_ERRORS = {
  invalidParameter: (detail: string) => business('ACQ.INVALID_PARAMETER', `参数无效：${detail}`),
  /** The same out_trade_no again with another amount. */
  contextInconsistent: business('ACQ.CONTEXT_INCONSISTENT', '交易信息被篡改'),
  tradeHasSuccess: business('ACQ.TRADE_HAS_SUCCESS', '交易已被支付'),
  tradeHasClose: business('ACQ.TRADE_HAS_CLOSE', '交易已经关闭'),
  tradeHasFinished: business('ACQ.TRADE_HAS_FINISHED', '交易已完结'),
  tradeNotExist: business('ACQ.TRADE_NOT_EXIST', '交易不存在'),
  /** Closing a paid trade, refunding an unpaid one. */
  tradeStatusError: business('ACQ.TRADE_STATUS_ERROR', '交易状态不合法'),
  /** The platform's (oddly named) code for "the refunds would exceed what was paid". */
  refundAmountExceeded: business('ACQ.REFUND_AMT_NOT_EQUAL_TOTAL', '退款金额超限'),
  /** The same out_request_no again with another amount. */
  discordantRepeatRequest: business('ACQ.DISCORDANT_REPEAT_REQUEST', '请求信息不一致'),
  invalidBillArguments: (detail: string) => business('isv.invalid-arguments', `参数不合法：${detail}`),
  billNotExist: business('isp.bill_not_exist', '账单不存在'),
} as const satisfies Record<string, AlipayError | ((detail: string) => AlipayError)>;

export const isAlipayError = (value: unknown): value is AlipayError => typeof value === 'object' && value !== null && 'sub_code' in value;
