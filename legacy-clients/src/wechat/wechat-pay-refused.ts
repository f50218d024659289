/**
 * WeChat Pay refused the request on business grounds (ORDERPAID, ORDER_CLOSED, NOT_ENOUGH,
 * INVALID_REQUEST, PARAM_ERROR, …): an expected failure the payment centre answers in its payload,
 * never a legacy outage. `code` is WeChat's error code, `status` its HTTP status.
 */
export class WechatPayRefused extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly operation: string,
  ) {
    super(`WeChat Pay refused ${operation}: ${status} ${code}`);
    this.name = 'WechatPayRefused';
  }
}
