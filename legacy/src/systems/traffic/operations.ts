/** The traffic platform's operations over the seeded registers. */
import { defineOperation, type Operation } from '../../framework/system.js';
import { fail, ok } from '../../framework/message.js';
import { sessionInvalid } from '../../framework/soap-fault.js';
import { isValidIdNumber, isValidPlate, plateKey, type SeedData } from '../../seed/index.js';
import { checkBatch, normalizeIdNumber } from '../shared/keys.js';
import { licenceXml, vehicleXml, violationXml } from './map.js';
import { TRAFFIC_ERRORS as ERRORS } from './messages.js';
import type { PaymentLedger } from './payments.js';
import { recordViolationPayment } from './record-payment.js';
import { idNumberRequest, platesRequest, serverHanderRequest, violationPaymentRequest } from './requests.js';
import type { SessionStore } from './sessions.js';

export interface TrafficDeps {
  seed: SeedData;
  sessions: SessionStore;
  payments: PaymentLedger;
  credentials: { userId: string; password: string };
}

export function trafficOperations({ seed, sessions, payments, credentials }: TrafficDeps): Record<string, Operation> {
  const requireSession = (head: { sessionKey?: string | undefined }) => {
    if (!sessions.isValid(head.sessionKey)) {
      throw sessionInvalid(head.sessionKey ? 'sessionKey unknown or expired, call serverHander' : 'sessionKey missing, call serverHander');
    }
  };
  const checkPlates = (plates: readonly string[]) =>
    checkBatch(plates, isValidPlate, plateKey, { empty: ERRORS.noPlates, tooMany: ERRORS.tooManyPlates, invalid: ERRORS.badPlate });

  return {
    serverHander: defineOperation(serverHanderRequest, ({ body }) => {
      const { userId, password } = body.supervisionSynauth;
      if (userId !== credentials.userId || password !== credentials.password) return fail(ERRORS.badCredentials);
      return ok(sessions.issue(userId));
    }),

    queryVehiclesByOwner: defineOperation(idNumberRequest, ({ head, body }) => {
      requireSession(head);
      const idNumber = normalizeIdNumber(body.idNumber);
      if (!isValidIdNumber(idNumber)) return fail(ERRORS.badIdNumber);
      return ok({ vehicle: seed.vehiclesByOwner(idNumber).map(vehicleXml) });
    }),

    queryVehiclesByPlates: defineOperation(platesRequest, ({ head, body }) => {
      requireSession(head);
      const plates = checkPlates(body.plate);
      if (typeof plates === 'string') return fail(plates);
      const vehicles = plates.flatMap((plate) => seed.vehicleByPlate(plate) ?? []);
      return ok({ vehicle: vehicles.map(vehicleXml) });
    }),

    queryViolationsByPlates: defineOperation(platesRequest, ({ head, body }) => {
      requireSession(head);
      const plates = checkPlates(body.plate);
      if (typeof plates === 'string') return fail(plates);
      const violations = plates.flatMap((plate) => seed.violationsByPlate(plate));
      return ok({ violation: violations.map((v) => violationXml(v, payments.get(v.violationId))) });
    }),

    queryDrivingLicence: defineOperation(idNumberRequest, ({ head, body }) => {
      requireSession(head);
      const idNumber = normalizeIdNumber(body.idNumber);
      if (!isValidIdNumber(idNumber)) return fail(ERRORS.badIdNumber);
      const licence = seed.licenceById(idNumber);
      return ok(licence ? { licence: licenceXml(licence) } : {});
    }),

    recordViolationPayment: defineOperation(violationPaymentRequest, ({ head, body }) => {
      requireSession(head);
      return recordViolationPayment(seed, payments, body);
    }),
  };
}
