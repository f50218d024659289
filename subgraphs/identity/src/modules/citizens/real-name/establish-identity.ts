import type { FieldCipher, Kysely } from '@jingtong/kit';
import type { IdentityDatabase } from '../../../db/identity-database.js';
import type { CitizensDeps } from '../citizens-deps.js';
import type { RealNameMethod } from '../tables/real-name-verification.table.js';
import { linkChannelAccount, findChannelAccount } from '../store/channel-accounts.repository.js';
import { lockCitizen, lockCitizenByIdNumber, raiseAssuranceLevel } from '../store/citizen-writes.js';
import { mergeCitizens } from '../store/merge-citizens.js';
import { insertVerification } from './verifications.repository.js';

export interface VerifiedPerson {
  /** The signed-in citizen record (maybe a level 0 one, maybe retired by an earlier merge). */
  citizenId: string;
  idNumber: string;
  /** As the population register writes it. */
  name: string;
  /** Proven by an SMS code: becomes the citizen's phone and a phone sign-in account. */
  phone?: string;
  level: 1;
  method: Extract<RealNameMethod, 'SMS_POPULATION' | 'ALIPAY_CERTIFIED'>;
  phoneMatched?: boolean;
  requestId: string;
}

export type Established =
  | { ok: true; citizenId: string; level: number; mergedFrom: string[] }
  /** The signed-in record is already verified as someone else. */
  | { ok: false; reason: 'ID_NUMBER_CONFLICT' };

const RETRYABLE = new Set(['23505', '40P01', '40001']);

/**
 * Level 1: ties a person the population register confirmed to the signed-in citizen. When that ID
 * number already has a record (the person signed in before by another channel), the signed-in record
 * is merged into it: one person, one citizen. One transaction with the rows locked; a unique violation
 * or deadlock from a concurrent verification of the same person is retried once, and then sees the
 * other's result. Once committed, the projections of every record it touched are invalidated.
 */
export async function establishIdentity(deps: Pick<CitizensDeps, 'db' | 'cipher' | 'projections'>, person: VerifiedPerson): Promise<Established> {
  for (let attempt = 0; ; attempt++) {
    let result: Established;
    try {
      result = await deps.db.transaction().execute((trx) => establishOnce(trx, deps.cipher, person));
    } catch (error) {
      if (attempt === 0 && RETRYABLE.has((error as { code?: string }).code ?? '')) continue;
      throw error;
    }
    // ID number, name, phone and level changed; merged records were retired and their bindings moved.
    if (result.ok) await deps.projections.invalidate([person.citizenId, result.citizenId, ...result.mergedFrom]);
    return result;
  }
}

async function establishOnce(trx: Kysely<IdentityDatabase>, cipher: FieldCipher, person: VerifiedPerson): Promise<Established> {
  let current = await lockCitizen(trx, person.citizenId);
  for (let hop = 0; current?.merged_into && hop < 3; hop++) current = await lockCitizen(trx, current.merged_into);
  if (!current) throw new Error('signed-in citizen not found');

  const idIdx = cipher.blindIndex(person.idNumber, 'id_number');
  if (current.id_number_idx && current.id_number_idx !== idIdx) return { ok: false, reason: 'ID_NUMBER_CONFLICT' };

  const mergedFrom: string[] = [];
  let survivor = current.id;
  const owner = current.id_number_idx ? current : await lockCitizenByIdNumber(trx, cipher, person.idNumber);
  if (owner && owner.id !== current.id) {
    await mergeCitizens(trx, current.id, owner.id);
    mergedFrom.push(current.id);
    survivor = owner.id;
  } else if (!current.id_number_idx) {
    await trx
      .updateTable('citizens')
      .set({ id_number_enc: cipher.encrypt(person.idNumber), id_number_idx: idIdx, name_enc: cipher.encrypt(person.name) })
      .where('id', '=', current.id)
      .execute();
  }

  if (person.phone) {
    await trx
      .updateTable('citizens')
      .set({ phone_enc: cipher.encrypt(person.phone), phone_idx: cipher.blindIndex(person.phone, 'phone') })
      .where('id', '=', survivor)
      .where('phone_idx', 'is', null)
      .execute();
    // The code proved the phone is theirs: phone sign-in reaches this citizen from now on. If that phone
    // had signed in on its own (a level 0 record without an ID number), that record is this person too.
    if (!(await linkChannelAccount(trx, cipher, 'phone', person.phone, survivor))) {
      const account = await findChannelAccount(trx, cipher, 'phone', person.phone);
      if (account && account.citizen_id !== survivor) {
        const other = await lockCitizen(trx, account.citizen_id);
        if (other && !other.id_number_idx && !other.merged_into) {
          await mergeCitizens(trx, other.id, survivor);
          mergedFrom.push(other.id);
        }
      }
    }
  }

  await insertVerification(trx, { citizenId: survivor, level: person.level, method: person.method, phoneMatched: person.phoneMatched ?? null, requestId: person.requestId });
  const level = await raiseAssuranceLevel(trx, survivor, person.level);
  return { ok: true, citizenId: survivor, level, mergedFrom };
}

/** Levels 2 and 3: the identity is already established; record the verification and raise the level. */
export async function recordHigherLevel(
  deps: Pick<CitizensDeps, 'db' | 'projections'>,
  v: { citizenId: string; level: 2 | 3; method: Extract<RealNameMethod, 'FACE' | 'NETWORK_PASSWORD' | 'NETWORK_IDENTITY'>; requestId: string },
): Promise<number> {
  const level = await deps.db.transaction().execute(async (trx) => {
    await insertVerification(trx, { citizenId: v.citizenId, level: v.level, method: v.method, requestId: v.requestId });
    return raiseAssuranceLevel(trx, v.citizenId, v.level);
  });
  await deps.projections.invalidate([v.citizenId]);
  return level;
}
