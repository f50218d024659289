import type { Generated } from '@jingtong/kit';

export type BusinessType = 'ONLINE' | 'APPOINTMENT' | 'QUERY';
export type BusinessChannel = 'ALIPAY' | 'WECHAT' | 'APP';
export type BusinessStatus = 'OPEN' | 'CLOSED' | 'CANCELLED';

/** 业务 (2.7.5.3): its basic attributes. What citizens fill in and how it is handled live in its draft and versions. */
export interface BusinessTable {
  id: string;
  /** 业务编号, unique for good (cancelled businesses keep theirs). */
  number: string;
  name: string;
  class_id: string;
  /** 办理资费, integer fen. */
  fee_fen: number;
  /** 督办天数: days after which a late application is supervised; 0 for none. */
  supervision_days: number;
  type: BusinessType;
  needs_materials: boolean;
  returns_materials: boolean;
  needs_approval: boolean;
  channels: BusinessChannel[];
  /** 拼音CODE: initials of the name (pinyin-pro), or the officer's correction. */
  pinyin: string;
  /** 群众申报URL (internet) and 业务受理URL (police network). */
  apply_url: string | null;
  handle_url: string | null;
  intro: string | null;
  status: Generated<BusinessStatus>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  cancelled_at: Date | null;
}
