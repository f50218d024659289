import type { Generated } from '@jingtong/kit';

export interface FinePaymentTable {
  order_id: string;
  violation_id: string;
  citizen_id: string;
  fine_fen: number;
  late_fee_fen: number;
  amount_fen: number;
  /** The Beijing day the amount holds for (YYYY-MM-DD). */
  day: string;
  state: Generated<'ORDERED' | 'RECORDED' | 'REFUSED'>;
  receipt_number: string | null;
  refusal: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
