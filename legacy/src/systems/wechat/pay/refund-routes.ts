/**
 * Refunds (申请退款, 查询单笔退款) below /wechat/v3/refund/domestic/refunds. Partial refunds are
 * allowed; together they never exceed what was paid (NOT_ENOUGH). The same out_refund_no again is
 * the same refund, answered as it stands now.
 */
import { refundJson } from './answers.js';
import { PAY_ERRORS as E, PayError } from './pay-errors.js';
import type { PaymentDesk } from './payment-desk.js';
import { refundRequestOf } from './request-bodies.js';
import { v3Route, type V3Deps } from './v3-route.js';

export const REFUND_OPERATIONS = {
  refund: '/v3/refund/domestic/refunds',
  query: '/v3/refund/domestic/refunds/{out_refund_no}',
} as const;

export function refundRoutes(deps: V3Deps & { desk: PaymentDesk }) {
  const { desk } = deps;
  return [
    v3Route(
      {
        method: 'POST',
        url: '/v3/refund/domestic/refunds',
        operation: REFUND_OPERATIONS.refund,
        handle(call) {
          const request = refundRequestOf(call.json);
          if (request instanceof PayError) return request;
          const outcome = desk.refund(request);
          return outcome instanceof PayError ? outcome : { status: 200, json: refundJson(outcome.trade, outcome.refund) };
        },
      },
      deps,
    ),
    v3Route(
      {
        method: 'GET',
        url: '/v3/refund/domestic/refunds/:outRefundNo',
        operation: REFUND_OPERATIONS.query,
        handle(call) {
          const found = desk.book.refundOf(call.params.outRefundNo ?? '');
          return found ? { status: 200, json: refundJson(found.trade, found.refund) } : E.refundNotExist;
        },
      },
      deps,
    ),
  ];
}
