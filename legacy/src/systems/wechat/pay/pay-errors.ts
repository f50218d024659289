/**
 * WeChat Pay v3's error answers: an HTTP status and `{ code, message }`, with the codes and statuses
 * of the platform's error tables (messages in Chinese, as the platform writes them).
 */
export class PayError {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly message: string,
  ) {}

  get body() {
    return { code: this.code, message: this.message };
  }
}

const error = (status: number, code: string, message: string) => new PayError(status, code, message);

export const PAY_ERRORS = {
  signError: (message: string) => error(401, 'SIGN_ERROR', message),
  paramError: (detail: string) => error(400, 'PARAM_ERROR', `参数错误：${detail}`),
  invalidRequest: (message: string) => error(400, 'INVALID_REQUEST', message),
  appIdMismatch: error(400, 'APPID_MCHID_NOT_MATCH', 'AppID和mch_id不匹配'),
  /** The same out_trade_no again with other parameters (amount, description, …). */
  outTradeNoUsed: error(400, 'INVALID_REQUEST', '商户订单号重复，且与原订单参数不一致'),
  orderNotExist: error(404, 'ORDERNOTEXIST', '订单不存在'),
  orderClosed: error(400, 'ORDER_CLOSED', '订单已关闭'),
  orderPaid: error(403, 'ORDERPAID', '订单已支付'),
  tradeNotExist: error(404, 'RESOURCE_NOT_EXISTS', '订单不存在'),
  refundNotExist: error(404, 'RESOURCE_NOT_EXISTS', '退款单不存在'),
  notPaid: error(400, 'INVALID_REQUEST', '订单未支付，不能退款'),
  refundTotalMismatch: error(400, 'INVALID_REQUEST', '订单金额与原订单金额不一致'),
  /** The same out_refund_no again for another trade or amount. */
  outRefundNoUsed: error(400, 'INVALID_REQUEST', '退款单号重复，且与原退款单参数不一致'),
  /** What the refunds so far left of the paid total is less than asked. */
  notEnough: error(403, 'NOT_ENOUGH', '订单可退金额不足'),
  frequencyLimited: error(429, 'FREQUENCY_LIMITED', '频率超限，请降低请求频率'),
  noStatement: error(400, 'NO_STATEMENT_EXIST', '账单文件不存在'),
  invalidBillToken: error(400, 'INVALID_REQUEST', '下载链接已失效，请重新获取'),
  systemError: error(500, 'SYSTEM_ERROR', '系统错误，请使用相同参数稍后重新调用'),
} as const;
