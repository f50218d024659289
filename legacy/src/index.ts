/** @jingtong/legacy — SOAP 1.1 stand-ins for the police bureau's legacy systems, and HTTP ones for Alipay and WeChat. */
export { startLegacy, type LegacyServer, type StartLegacyOptions } from './start.js';
export { loadEnv, EnvError, type LegacyEnv } from './env.js';
export { standInCredentialsEnv } from './stand-in-credentials.js';
export {
  ALL_SYSTEMS,
  HTTP_SYSTEMS,
  HTTP_SYSTEM_IDS,
  SOAP_SYSTEM_IDS,
  SYSTEMS,
  SYSTEM_IDS,
  type HttpSystemId,
  type SoapSystemId,
  type SystemId,
} from './systems/registry.js';
export { NoSuchChannel, PAYMENT_CHANNELS, type AlipayUserSide, type PaymentChannel, type PaymentsUserSide, type SmsUserSide, type UserSide, type WechatUserSide } from './systems/user-side.js';
export type { NotificationAnswer, NotifyMode } from './framework/payment-notifier.js';
export type { SentSms } from './systems/sms/index.js';
export { fugitiveRecord, type FugitiveHit } from './systems/fugitive/index.js';
export { lateFeeFen as trafficLateFeeFen } from './systems/traffic/late-fee.js';
export { networkIdentityOf, type NetworkIdentity } from './systems/face/index.js';
export { ALIPAY_DEV_APP_ID, ALIPAY_DEV_KEYS, alipaySellerIdOf, alipayUserIdOf, type AlipayAuthorization, type AlipayPaid } from './systems/alipay/index.js';
export { WECHAT_DEV_APP, wechatIdentityOf, type WechatAuthorization, type WechatIdentity } from './systems/wechat/index.js';
export { WECHATPAY_DEV_KEYS, type WechatPaid } from './systems/wechat/index.js';
export { demoCitizens, facePhotoPath, type DemoCitizen, type DemoRole } from './demo/demo-citizens.js';
export type { CallStats } from './framework/counters.js';
export { FAULT_MODES, type FaultMode, type FaultPatch, type FaultSettings } from './framework/faults.js';
export type { FaultCode, FaultString } from './framework/soap-fault.js';
export {
  buildSeed,
  DEFAULT_SEED_OPTIONS,
  fakePhoto,
  photoDigest,
  isValidIdNumber,
  isValidPlate,
  plateKey,
  type Licence,
  type Person,
  type PlateType,
  type SeedData,
  type SeedOptions,
  type Vehicle,
  type Violation,
} from './seed/index.js';
export { HALLS as QUEUE_HALLS, QUEUE_FAULT_CODES, type WalkInNumber } from './systems/queue/index.js';
