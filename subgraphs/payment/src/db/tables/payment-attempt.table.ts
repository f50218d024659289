import type { Generated } from '@jingtong/kit';
import type { ChannelName } from './payment-order.table.js';

export type TradeMode = 'H5' | 'JSAPI';

/** One trade opened on a channel for an order (a closed one is never reopened: a new attempt gets a new number). */
export interface PaymentAttemptTable {
  out_trade_no: string;
  order_id: string;
  channel: ChannelName;
  /** H5: the channel's cashier page; JSAPI: WeChat's pay sheet inside WeChat. */
  mode: Generated<TradeMode>;
  state: Generated<'OPEN' | 'PAID' | 'CLOSED'>;
  created_at: Generated<Date>;
}
