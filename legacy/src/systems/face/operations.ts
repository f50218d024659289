/**
 * Face comparison and network identity checks. Stand-in rules (documented in the README):
 * - compareFace matches iff sha256(photo) is the person's photoDigest, i.e. the photo is
 *   fakePhoto(idNumber); a match scores 90-99, anything else 0-39. Liveness fails iff the
 *   decoded livenessData is the text SPOOF. `match` does not look at liveness: callers need both.
 * - verifyNetworkIdentity checks name and password, and the 网证码 when sent (level 3).
 */
import { createHash } from 'node:crypto';
import { fail, ok } from '../../framework/message.js';
import { defineOperation, type Operation } from '../../framework/system.js';
import { isValidIdNumber, photoDigest, type SeedData } from '../../seed/index.js';
import { normalizeIdNumber } from '../shared/keys.js';
import { FACE_ERRORS as ERRORS } from './messages.js';
import { networkIdentityOf } from './network-identity.js';
import { compareFaceRequest, verifyNetworkIdentityRequest } from './requests.js';

export const SPOOF_MARKER = 'SPOOF';
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Decoded bytes, or undefined when not (non-empty) base64; line breaks are allowed. */
function decodeBase64(value: string): Buffer | undefined {
  const compact = value.replace(/\s+/g, '');
  if (!compact || !BASE64.test(compact)) return undefined;
  return Buffer.from(compact, 'base64');
}

/** A stable pseudo-score in [min, min + span) for this photo and person. */
function score(idNumber: string, digest: string, min: number, span: number): number {
  return min + (createHash('sha256').update(`${idNumber}:${digest}`).digest().readUInt32BE(0) % span);
}

export function faceOperations(seed: SeedData): Record<string, Operation> {
  return {
    compareFace: defineOperation(compareFaceRequest, ({ body }) => {
      const idNumber = normalizeIdNumber(body.idNumber);
      if (!isValidIdNumber(idNumber)) return fail(ERRORS.badIdNumber);
      const person = seed.personById(idNumber);
      if (!person) return fail(ERRORS.unknownPerson);
      const photo = decodeBase64(body.photo);
      if (!photo) return fail(ERRORS.badPhoto);
      const liveness = decodeBase64(body.livenessData);
      if (!liveness) return fail(ERRORS.badLivenessData);
      const digest = photoDigest(photo);
      const match = digest === person.photoDigest;
      return ok({
        score: match ? score(idNumber, digest, 90, 10) : score(idNumber, digest, 0, 40),
        liveness: liveness.toString('utf8') === SPOOF_MARKER ? '0' : '1',
        match: match ? '1' : '0',
      });
    }),

    verifyNetworkIdentity: defineOperation(verifyNetworkIdentityRequest, ({ body }) => {
      const idNumber = normalizeIdNumber(body.idNumber);
      if (!isValidIdNumber(idNumber)) return fail(ERRORS.badIdNumber);
      const person = seed.personById(idNumber);
      if (!person) return fail(ERRORS.noNetworkIdentity);
      const expected = networkIdentityOf(idNumber);
      const code = body.networkIdCode?.trim() ?? '';
      const codeValid = code !== '' && code.toUpperCase() === expected.networkIdCode;
      const verified = body.name.trim() === person.name && body.password === expected.password && (code === '' || codeValid);
      return ok({ result: verified ? '1' : '0', level: codeValid ? '3' : '2' });
    }),
  };
}
