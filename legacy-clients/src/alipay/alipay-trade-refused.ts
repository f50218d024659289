/**
 * Alipay refused a trade request on business grounds (ACQ.TRADE_HAS_SUCCESS, ACQ.TRADE_HAS_CLOSE,
 * ACQ.CONTEXT_INCONSISTENT, ACQ.REFUND_AMT_NOT_EQUAL_TOTAL, ACQ.TRADE_STATUS_ERROR, isp.bill_not_exist, …):
 * an expected failure the payment centre answers in its payload, never a legacy outage. `subCode` is
 * Alipay's sub_code.
 */
export class AlipayTradeRefused extends Error {
  constructor(
    readonly subCode: string,
    readonly operation: string,
    /** Alipay's own text (Chinese), for the console and logs. */
    readonly platformMessage: string,
  ) {
    super(`Alipay refused ${operation}: ${subCode}`);
    this.name = 'AlipayTradeRefused';
  }
}
