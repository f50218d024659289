import type { Generated } from '@jingtong/kit';

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
