import type { Generated, Selectable } from '@jingtong/kit';

export type AlertStatus = 'OPEN' | 'ACKNOWLEDGED';

export interface FugitiveAlertTable {
  id: Generated<string>;
  citizen_id: string | null;
  id_number_enc: string;
  id_number_idx: string;
  case_number_enc: string;
  wanted_by: string;
  category: string;
  listed_on: string | null;
  unit_code: string;
  status: Generated<AlertStatus>;
  created_at: Generated<Date>;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  request_id: string;
}

export type FugitiveAlertRow = Selectable<FugitiveAlertTable>;
