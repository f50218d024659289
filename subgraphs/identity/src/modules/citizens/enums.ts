import { registerEnumType } from '@jingtong/kit/type-graphql';

export enum SignInChannelEnum {
  ALIPAY = 'ALIPAY',
  WECHAT = 'WECHAT',
  PHONE = 'PHONE',
}
registerEnumType(SignInChannelEnum, { name: 'SignInChannel', description: '支付宝 / 微信 / 手机号' });

export enum SmsCodePurpose {
  SIGN_IN = 'SIGN_IN',
  REAL_NAME = 'REAL_NAME',
}
registerEnumType(SmsCodePurpose, { name: 'SmsCodePurpose', description: 'What the code is for: phone sign-in, or level 1 real-name' });

export enum RealNameMethodEnum {
  SMS_POPULATION = 'SMS_POPULATION',
  ALIPAY_CERTIFIED = 'ALIPAY_CERTIFIED',
  FACE = 'FACE',
  NETWORK_PASSWORD = 'NETWORK_PASSWORD',
  NETWORK_IDENTITY = 'NETWORK_IDENTITY',
}
registerEnumType(RealNameMethodEnum, {
  name: 'RealNameMethod',
  description: 'Level 1: SMS code + population register, or Alipay certified info; level 2: face comparison or network-copy password; level 3: network identity copy (网证)',
});

export enum AlertStatusEnum {
  OPEN = 'OPEN',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
}
registerEnumType(AlertStatusEnum, { name: 'AlertStatus' });
