import type { Generated, Selectable } from '@jingtong/kit';

/** The citizen user centre's tables. Personal data is encrypted (`*_enc`); `*_idx` are blind indexes. */
export type SignInChannel = 'alipay' | 'wechat' | 'phone';

export interface ChannelAccountTable {
  id: Generated<string>;
  channel: SignInChannel;
  /** Alipay user_id, WeChat unionid (or openid), phone number. */
  external_idx: string;
  external_enc: string;
  citizen_id: string;
  created_at: Generated<Date>;
  last_sign_in_at: Date | null;
}

export type RealNameMethod = 'SMS_POPULATION' | 'ALIPAY_CERTIFIED' | 'FACE' | 'NETWORK_PASSWORD' | 'NETWORK_IDENTITY';

export interface RealNameVerificationTable {
  id: Generated<string>;
  citizen_id: string;
  level: number;
  method: RealNameMethod;
  phone_matched: boolean | null;
  verified_at: Generated<Date>;
  request_id: string;
}

export interface LicenceBindingTable {
  id: Generated<string>;
  citizen_id: string;
  licence_number_enc: string;
  licence_number_idx: string;
  file_number_enc: string;
  bound_at: Generated<Date>;
}

export interface VehicleBindingTable {
  id: Generated<string>;
  citizen_id: string;
  plate_enc: string;
  plate_idx: string;
  bound_at: Generated<Date>;
}

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

export type ChannelAccountRow = Selectable<ChannelAccountTable>;
export type FugitiveAlertRow = Selectable<FugitiveAlertTable>;

export interface CitizenCentreDatabase {
  channel_accounts: ChannelAccountTable;
  real_name_verifications: RealNameVerificationTable;
  licence_bindings: LicenceBindingTable;
  vehicle_bindings: VehicleBindingTable;
  fugitive_alerts: FugitiveAlertTable;
}
