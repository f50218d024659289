/** @jingtong/legacy — SOAP 1.1 stand-ins for the police bureau's legacy systems, and HTTP ones for Alipay and WeChat. */
export { startLegacy, type LegacyServer, type StartLegacyOptions } from './start.js';
export { loadEnv, EnvError, type LegacyEnv } from './env.js';
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
export type { AlipayUserSide, SmsUserSide, UserSide, WechatUserSide } from './systems/user-side.js';
export type { SentSms } from './systems/sms/index.js';
export { fugitiveRecord, type FugitiveHit } from './systems/fugitive/index.js';
export { networkIdentityOf, type NetworkIdentity } from './systems/face/index.js';
export { ALIPAY_DEV_APP_ID, ALIPAY_DEV_KEYS, alipayUserIdOf, type AlipayAuthorization } from './systems/alipay/index.js';
export { WECHAT_DEV_APP, wechatIdentityOf, type WechatAuthorization, type WechatIdentity } from './systems/wechat/index.js';
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
