/** @jingtong/legacy — SOAP 1.1 stand-ins for the police bureau's legacy systems. */
export { startLegacy, type LegacyServer, type StartLegacyOptions } from './start.js';
export { loadEnv, EnvError, type LegacyEnv } from './env.js';
export { SYSTEMS, SYSTEM_IDS, type SystemId } from './systems/registry.js';
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
