import type { Generated, Selectable } from '@jingtong/kit';

/** A sign-in channel account; personal data is encrypted (`*_enc`), `*_idx` are blind indexes. */
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

export type ChannelAccountRow = Selectable<ChannelAccountTable>;
