/** The fugitive comparison system's one operation. */
import { fail, ok } from '../../framework/message.js';
import { defineOperation, type Operation } from '../../framework/system.js';
import { isValidIdNumber, type SeedData } from '../../seed/index.js';
import { checkBatch, normalizeIdNumber } from '../shared/keys.js';
import { FUGITIVE_ERRORS as ERRORS } from './messages.js';
import { fugitiveRecord } from './records.js';
import { checkPersonsRequest } from './requests.js';

export function fugitiveOperations(seed: SeedData): Record<string, Operation> {
  const listed = new Set(seed.fugitives());
  return {
    checkPersons: defineOperation(checkPersonsRequest, ({ body }) => {
      const ids = checkBatch(body.idNumber.map(normalizeIdNumber), isValidIdNumber, (id) => id, {
        empty: ERRORS.noIdNumbers,
        tooMany: ERRORS.tooManyIdNumbers,
        invalid: ERRORS.badIdNumber,
      });
      if (typeof ids === 'string') return fail(ids);
      return ok({ hit: ids.filter((id) => listed.has(id)).map((id) => fugitiveRecord(id, seed.options.referenceDate)) });
    }),
  };
}
