import type { AlipayGateway } from '../legacy/alipay/alipay-gateway.js';
import type { FaceGateway } from '../legacy/face/face-gateway.js';
import type { FugitiveGateway } from '../legacy/fugitive/fugitive-gateway.js';
import type { SmsGateway } from '../legacy/sms/sms-gateway.js';
import type { TrafficPlatform } from '../legacy/traffic/traffic-platform.js';
import type { WechatGateway } from '../legacy/wechat/wechat-gateway.js';
import type { FugitiveScreening } from './alerts/fugitive-screening.js';
import type { SmsCodes } from './sms/sms-codes.js';

/** The citizen user centre's backends (sign-in channels, real-name, bindings, fugitive check). */
export interface CitizenCentreDeps {
  sms: SmsGateway;
  fugitive: FugitiveGateway;
  face: FaceGateway;
  alipay: AlipayGateway;
  wechat: WechatGateway;
  traffic: TrafficPlatform;
  smsCodes: SmsCodes;
  screening: FugitiveScreening;
}
