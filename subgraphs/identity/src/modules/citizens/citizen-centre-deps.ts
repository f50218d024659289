import type { AlipayGateway, FaceGateway, FugitiveGateway, SmsGateway, TrafficGateway, WechatGateway } from '@jingtong/legacy-clients';
import type { FugitiveScreening } from './alerts/fugitive-screening.js';
import type { SqlFugitiveAlerts } from './alerts/sql-fugitive-alerts.js';
import type { SmsCodes } from './sms/sms-codes.js';

/** The citizen user centre's backends (sign-in channels, real-name, bindings, fugitive check). */
export interface CitizenCentreDeps {
  sms: SmsGateway;
  fugitive: FugitiveGateway;
  face: FaceGateway;
  alipay: AlipayGateway;
  wechat: WechatGateway;
  traffic: TrafficGateway;
  smsCodes: SmsCodes;
  /** The `fugitive.screen` job's body. */
  screening: FugitiveScreening;
  /** Stored alerts and the duty-officer SMS job. */
  alerts: SqlFugitiveAlerts;
}
