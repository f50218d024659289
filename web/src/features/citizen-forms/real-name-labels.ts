import type { RealNameMethod, SignInChannel } from '@/gql/graphql';

export const LEVEL_LABELS: Record<number, string> = {
  0: '未实名',
  1: '一级实名',
  2: '二级实名',
  3: '三级实名',
};

export const METHOD_LABELS: Record<RealNameMethod, string> = {
  SMS_POPULATION: '短信验证 + 人口信息比对',
  ALIPAY_CERTIFIED: '支付宝实名信息',
  FACE: '人脸识别',
  NETWORK_PASSWORD: '网证口令',
  NETWORK_IDENTITY: '网证（居民身份证网上功能凭证）',
};

export const CHANNEL_LABELS: Record<SignInChannel, string> = {
  ALIPAY: '支付宝',
  WECHAT: '微信',
  PHONE: '手机号',
};

/** What each level lets the citizen do (tender 2.3.4.2), shown next to the steps. */
export const LEVEL_UNLOCKS: Record<number, string> = {
  1: '绑定驾驶证和本人车辆、查询违法记录',
  2: '查看驾驶证状态、办理大部分网上业务',
  3: '办理需要最高身份可信度的业务',
};
