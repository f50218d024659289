import type { Generated } from '@jingtong/kit';
import type { ChannelName } from './payment-order.table.js';

export type DifferenceKind = 'MISSING_IN_LEDGER' | 'MISSING_AT_CHANNEL' | 'AMOUNT_MISMATCH' | 'DUPLICATE';
export type DifferenceResolution = 'REFUNDED' | 'RECORDED_MANUALLY' | 'CHANNEL_CORRECTED' | 'IGNORED';

/** Where a channel's bill and the ledger disagree about one payment or refund of a day. */
export interface ReconciliationDifferenceTable {
  id: string;
  run_id: string;
  bill_date: string;
  channel: ChannelName;
  kind: DifferenceKind;
  entry_kind: 'PAYMENT' | 'REFUND';
  match_key: string;
  out_trade_no: string;
  channel_ref: string;
  order_id: string | null;
  /** What the ledger holds (all its rows, for a duplicate); null when it holds nothing. */
  ledger_fen: number | null;
  /** What the bill lists; null when it lists nothing. */
  channel_fen: number | null;
  ledger_entries: number;
  channel_entries: number;
  detected_at: Generated<Date>;
  resolution: DifferenceResolution | null;
  note: string | null;
  resolved_by: string | null;
  resolved_at: Date | null;
}
