/**
 * The calls recorded into legacy-clients/src/<system>/samples/, one per <Operation>__<case>: only calls the
 * clients make, so that every sample reaches a client's mapping.
 */
import { fakePhoto, networkIdentityOf, type SeedData, type SoapSystemId } from '../src/index.js';
import { finePaymentSampleCases } from './fine-payment-sample-cases.js';
import { queueSampleCases } from './queue-sample-cases.js';

export interface SampleCase {
  system: SoapSystemId;
  operation: string;
  case: string;
  description: string;
  /** Arguments for the node-soap client. */
  args: (sessionKey: string) => object;
  /** Injected error rate while recording (internal-error cases). */
  errorRate?: number;
  /** The stand-in's environment while recording (e.g. the queue machine's clock); the drift check replays with it. */
  env?: Record<string, string>;
  /** Cases of the same system (`<Operation>__<case>`) sent first, unrecorded: the state this one was recorded in. */
  given?: string[];
}

const UNKNOWN_ID = '11010519491231002X';
/** A well-formed key the server never issued, standing for an expired one. */
export const EXPIRED_SESSION_KEY = 'E0E0E0E0E0E0E0E0E0E0E0E0E0E0E0E0';

export function sampleCases(seed: SeedData, credentials: { userId: string; password: string; sysCode: string }): SampleCase[] {
  const demo = seed.demoCitizen();
  const demoPlates = seed.vehiclesByOwner(demo.idNumber).map((v) => v.plate);
  const withoutViolations = seed.vehicles.find((v) => seed.violationsByPlate(v.plate).length === 0)!;
  const withoutLicence = seed.persons.find((p) => !seed.licenceById(p.idNumber))!;
  let n = 0;
  const head = (sessionKey?: string) => ({ sysCode: 'JT-SAMPLE', requestId: `sample-${String(++n).padStart(4, '0')}`, ...(sessionKey ? { sessionKey } : {}) });
  const sessions = { valid: (k: string) => k, none: () => undefined, expired: () => EXPIRED_SESSION_KEY };
  const traffic = (operation: string, name: string, description: string, body: (k: string) => object, session: keyof typeof sessions = 'valid'): SampleCase => ({
    system: 'traffic',
    operation,
    case: name,
    description,
    args: (k) => ({ head: head(sessions[session](k)), body: body(k) }),
  });
  const population = (operation: string, name: string, description: string, body: object, errorRate?: number): SampleCase => ({
    system: 'population',
    operation,
    case: name,
    description,
    args: () => ({ head: head(), body }),
    ...(errorRate ? { errorRate } : {}),
  });
  const soap = (system: SoapSystemId, operation: string, name: string, description: string, body: object, errorRate?: number): SampleCase => ({
    system,
    operation,
    case: name,
    description,
    args: () => ({ head: head(), body }),
    ...(errorRate ? { errorRate } : {}),
  });
  const b64 = (value: Buffer | string) => Buffer.from(value).toString('base64');
  const fugitive = seed.fugitives()[0];
  const someone = seed.persons.find((p) => p.idNumber !== demo.idNumber && !seed.fugitives().includes(p.idNumber))!;
  const demoIdentity = networkIdentityOf(demo.idNumber);
  const live = b64('{"actions":["blink","nod"],"frames":3}');

  return [
    traffic('serverHander', 'ok', 'login with the configured credentials', () => ({ supervisionSynauth: credentials }), 'none'),
    traffic('serverHander', 'business-error', 'wrong password: RESULT=1', () => ({ supervisionSynauth: { ...credentials, password: 'wrong' } }), 'none'),

    traffic('queryVehiclesByOwner', 'ok', `the demo citizen's ${demoPlates.length} vehicles`, () => ({ idNumber: demo.idNumber })),
    traffic('queryVehiclesByOwner', 'not-found', 'valid ID number, no vehicles: empty body', () => ({ idNumber: UNKNOWN_ID })),
    traffic('queryVehiclesByOwner', 'business-error', 'malformed ID number: RESULT=1', () => ({ idNumber: '41100219900101123' })),
    traffic('queryVehiclesByOwner', 'session-invalid', 'expired (unknown) sessionKey: SESSION_INVALID fault', () => ({ idNumber: demo.idNumber }), 'expired'),
    // node-soap writes a null argument as xsi:nil, which the platform's schema refuses.
    traffic('queryVehiclesByOwner', 'invalid-request', 'idNumber nil (a caller passed null): INVALID_REQUEST fault', () => ({ idNumber: null })),

    traffic('queryVehiclesByPlates', 'ok', 'one plate', () => ({ plate: [demoPlates[0]] })),
    traffic('queryVehiclesByPlates', 'many-plates', 'all demo plates plus an unknown one, one call', () => ({ plate: [...demoPlates, '豫K·ZZ999'] })),
    traffic('queryVehiclesByPlates', 'not-found', 'an unknown plate: empty body', () => ({ plate: ['豫K·ZZ999'] })),
    traffic('queryVehiclesByPlates', 'business-error', 'a malformed plate: RESULT=1', () => ({ plate: ['豫K·A1'] })),
    traffic('queryVehiclesByPlates', 'session-invalid', 'expired (unknown) sessionKey: SESSION_INVALID fault', () => ({ plate: [demoPlates[0]] }), 'expired'),

    traffic('queryViolationsByPlates', 'ok', 'violations of one plate', () => ({ plate: [demoPlates[0]] })),
    traffic('queryViolationsByPlates', 'many-plates', 'violations of every demo plate, one call', () => ({ plate: demoPlates })),
    traffic('queryViolationsByPlates', 'not-found', 'a plate without violations: empty body', () => ({ plate: [withoutViolations.plate] })),
    traffic('queryViolationsByPlates', 'business-error', 'a malformed plate: RESULT=1', () => ({ plate: ['豫K·A1'] })),
    traffic('queryViolationsByPlates', 'session-invalid', 'expired (unknown) sessionKey: SESSION_INVALID fault', () => ({ plate: demoPlates }), 'expired'),

    traffic('queryDrivingLicence', 'ok', "the demo citizen's licence", () => ({ idNumber: demo.idNumber })),
    traffic('queryDrivingLicence', 'not-found', 'a person without licence: empty body', () => ({ idNumber: withoutLicence.idNumber })),
    traffic('queryDrivingLicence', 'business-error', 'malformed ID number: RESULT=1', () => ({ idNumber: 'abc' })),
    traffic('queryDrivingLicence', 'session-invalid', 'expired (unknown) sessionKey: SESSION_INVALID fault', () => ({ idNumber: demo.idNumber }), 'expired'),

    population('queryPersons', 'ok', 'the demo citizen', { idNumber: [demo.idNumber] }),
    population('queryPersons', 'many-ids', 'several persons and an unknown number, one call', {
      idNumber: [demo.idNumber, ...seed.persons.slice(0, 4).map((p) => p.idNumber), UNKNOWN_ID],
    }),
    population('queryPersons', 'not-found', 'an unknown number: empty body', { idNumber: [UNKNOWN_ID] }),
    population('queryPersons', 'business-error', 'a malformed number: RESULT=1', { idNumber: ['411002199001011234'] }),
    population('queryPersons', 'internal-error', 'errorRate 1: INTERNAL_ERROR fault (soap:Server)', { idNumber: [demo.idNumber] }, 1),

    soap('sms', 'sendSms', 'ok', 'a verification code to the demo citizen', { phone: demo.phone, content: '您的验证码为 246810，5 分钟内有效，请勿泄露。', signName: '许昌公安' }),
    soap('sms', 'sendSms', 'business-error', 'not a mainland mobile number: RESULT=1', { phone: '+8613800138000', content: '验证码 1', signName: '许昌公安' }),
    soap('sms', 'sendSms', 'invalid-request', 'content nil (a caller passed null): INVALID_REQUEST fault', { phone: demo.phone, content: null, signName: '许昌公安' }),
    soap('sms', 'sendSms', 'internal-error', 'errorRate 1: INTERNAL_ERROR fault (soap:Server)', { phone: demo.phone, content: '验证码 1', signName: '许昌公安' }, 1),

    soap('fugitive', 'checkPersons', 'ok', 'a listed person: one hit', { idNumber: [fugitive] }),
    soap('fugitive', 'checkPersons', 'not-found', 'nobody listed: empty body', { idNumber: [demo.idNumber] }),
    soap('fugitive', 'checkPersons', 'business-error', 'a malformed number: RESULT=1', { idNumber: ['411002199001011234'] }),

    soap('face', 'compareFace', 'ok', 'the photo on file and a live capture: match', { idNumber: demo.idNumber, photo: b64(fakePhoto(demo.idNumber)), livenessData: live }),
    soap('face', 'compareFace', 'no-match', "someone else's photo: match 0, low score", { idNumber: demo.idNumber, photo: b64(fakePhoto(someone.idNumber)), livenessData: live }),
    soap('face', 'compareFace', 'spoof', 'liveness data SPOOF: liveness 0', { idNumber: demo.idNumber, photo: b64(fakePhoto(demo.idNumber)), livenessData: b64('SPOOF') }),
    soap('face', 'compareFace', 'business-error', 'a person not on file: RESULT=1', { idNumber: UNKNOWN_ID, photo: b64(fakePhoto(UNKNOWN_ID)), livenessData: live }),

    soap('face', 'verifyNetworkIdentity', 'ok', 'name, password and network identity code: level 3', { idNumber: demo.idNumber, name: demo.name, ...demoIdentity }),
    soap('face', 'verifyNetworkIdentity', 'password-only', 'name and password: level 2', { idNumber: demo.idNumber, name: demo.name, password: demoIdentity.password }),
    soap('face', 'verifyNetworkIdentity', 'mismatch', 'wrong password: result 0', { idNumber: demo.idNumber, name: demo.name, password: demoIdentity.password === '000000' ? '111111' : '000000' }),
    soap('face', 'verifyNetworkIdentity', 'business-error', 'a person without network identity: RESULT=1', { idNumber: UNKNOWN_ID, name: '张三', password: '123456' }),

    ...finePaymentSampleCases(seed),
    ...queueSampleCases(seed),
  ];
}
