import type { Generated } from '@jingtong/kit';

export interface PaymentRefundTable {
  id: string;
  order_id: string;
  out_request_no: string;
  amount_fen: number;
  reason: string;
  officer_id: string;
  state: Generated<'REQUESTED' | 'SUCCEEDED' | 'FAILED'>;
  failure: string | null;
  created_at: Generated<Date>;
  completed_at: Date | null;
}
