import type { RealNameMethod, SignInChannel } from '@/gql/graphql';

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
