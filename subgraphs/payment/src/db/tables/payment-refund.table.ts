import type { Generated } from '@jingtong/kit';

export interface PaymentRefundTable {
  id: string;
  order_id: string;
  out_request_no: string;
  amount_fen: number;
  reason: string;
  /** OFFICER: asked by `officer_id` against the order's paid trade; DUPLICATE_PAYMENT: the centre's own, of `out_trade_no` on `channel`. */
  kind: Generated<'OFFICER' | 'DUPLICATE_PAYMENT'>;
  officer_id: string | null;
  out_trade_no: Generated<string | null>;
  channel: Generated<'ALIPAY' | 'WECHAT' | null>;
  state: Generated<'REQUESTED' | 'SUCCEEDED' | 'FAILED'>;
  failure: string | null;
  created_at: Generated<Date>;
  completed_at: Date | null;
}
