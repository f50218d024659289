import type { Generated } from '@jingtong/kit';
import type { ChannelName } from './payment-order.table.js';

export interface PaymentLedgerTable {
  id: Generated<string>;
  order_id: string;
  channel: ChannelName;
  kind: 'PAYMENT' | 'REFUND';
  channel_ref: string;
  out_trade_no: string;
  amount_fen: number;
  occurred_at: Date;
  recorded_at: Generated<Date>;
}
