import type { Generated } from '@jingtong/kit';
import type { ChannelName } from './payment-order.table.js';

/** One trade opened on a channel for an order (a closed one is never reopened: a new attempt gets a new number). */
export interface PaymentAttemptTable {
  out_trade_no: string;
  order_id: string;
  channel: ChannelName;
  state: Generated<'OPEN' | 'PAID' | 'CLOSED'>;
  created_at: Generated<Date>;
}
