/** The population register's operations. */
import { fail, ok } from '../../framework/message.js';
import { defineOperation, type Operation } from '../../framework/system.js';
import { isValidIdNumber, type Person, type SeedData } from '../../seed/index.js';
import { checkBatch, normalizeIdNumber } from '../shared/keys.js';
import { POPULATION_ERRORS as ERRORS } from './messages.js';
import { countSameNameRequest, queryPersonsRequest } from './requests.js';

/** Han names and minority names with the middle dot (e.g. 买买提·艾力). */
const NAME_PATTERN = /^[\u4e00-\u9fa5·]{2,30}$/;

const personXml = (p: Person) => ({
  idNumber: p.idNumber,
  name: p.name,
  gender: p.gender,
  ethnicity: p.ethnicity,
  birthDate: p.birthDate,
  address: p.address,
  phone: p.phone,
  photoDigest: p.photoDigest,
});

export function populationOperations(seed: SeedData): Record<string, Operation> {
  return {
    queryPersons: defineOperation(queryPersonsRequest, ({ body }) => {
      const ids = checkBatch(body.idNumber.map(normalizeIdNumber), isValidIdNumber, (id) => id, {
        empty: ERRORS.noIdNumbers,
        tooMany: ERRORS.tooManyIdNumbers,
        invalid: ERRORS.badIdNumber,
      });
      if (typeof ids === 'string') return fail(ids);
      return ok({ person: ids.flatMap((id) => seed.personById(id) ?? []).map(personXml) });
    }),

    countSameName: defineOperation(countSameNameRequest, ({ body }) => {
      const name = body.name.trim();
      if (!NAME_PATTERN.test(name)) return fail(ERRORS.badName);
      return ok({ count: seed.countByName(name) });
    }),
  };
}
