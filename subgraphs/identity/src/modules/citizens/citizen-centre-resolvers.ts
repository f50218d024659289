import { FugitiveAlertsResolver } from './alerts/fugitive-alerts.resolver.js';
import { BindingsResolver } from './bindings/bindings.resolver.js';
import { CitizenLookupResolver } from './disclosure/citizen-lookup.resolver.js';
import { CitizenPersonalDataResolver } from './disclosure/citizen-personal-data.resolver.js';
import { CitizenAccountResolver } from './real-name/citizen-account.resolver.js';
import { RealNameResolver } from './real-name/real-name.resolver.js';
import { AlipaySignInResolver } from './sign-in/alipay-sign-in.resolver.js';
import { PhoneSignInResolver } from './sign-in/phone-sign-in.resolver.js';
import { WechatSignInResolver } from './sign-in/wechat-sign-in.resolver.js';

/** The citizen user centre's resolvers, for identity's schema. */
export const citizenCentreResolvers = [
  AlipaySignInResolver,
  WechatSignInResolver,
  PhoneSignInResolver,
  RealNameResolver,
  CitizenAccountResolver,
  CitizenPersonalDataResolver,
  CitizenLookupResolver,
  BindingsResolver,
  FugitiveAlertsResolver,
] as const;
