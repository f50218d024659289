import type { Generated } from '@jingtong/kit';

export type OrderStatus = 'UNPAID' | 'PAID' | 'PARTIALLY_REFUNDED' | 'REFUNDED' | 'CLOSED';
export type ChannelName = 'ALIPAY' | 'WECHAT';

export interface PaymentOrderTable {
  id: string;
  payable_subgraph: string;
  payable_type: string;
  payable_id: string;
  citizen_id: string;
  business_kind: string;
  subject_sealed: string;
  lines: Array<{ label: string; amountFen: number }>;
  amount_fen: number;
  county_code: string;
  revenue_item_code: string;
  revenue_item_name: string;
  status: Generated<OrderStatus>;
  channel: ChannelName | null;
  out_trade_no: string | null;
  channel_trade_no: string | null;
  paid_fen: Generated<number>;
  refunded_fen: Generated<number>;
  expires_at: Date;
  paid_at: Date | null;
  closed_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
