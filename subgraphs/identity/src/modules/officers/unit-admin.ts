import { SignedInOfficer, UNIT_CODE, unitCovers } from '@jingtong/kit';
import type { OfficersDeps } from './officers-deps.js';
import type { UnitRow } from './tables/unit.table.js';
import type { AdminResult } from './officer-admin.js';
import { validPhone } from './officer-admin.js';
import { findUnit } from './unit-repository.js';

/** SYSTEM_ADMIN: a unit below an existing one; its code must fall inside the parent's (see unit-scope.ts). */
export async function createUnit(
  deps: OfficersDeps,
  actor: SignedInOfficer,
  input: { code: string; name: string; parentCode: string },
  requestId: string,
): Promise<AdminResult<{ unit: UnitRow }>> {
  const code = input.code.trim();
  const name = input.name.trim();
  if (!UNIT_CODE.test(code)) return { ok: false, code: 'UNIT_CODE_INVALID' };
  if ([...name].length < 2 || [...name].length > 64) return { ok: false, code: 'UNIT_CODE_INVALID', message: '单位名称须为 2-64 个字符' };
  const parent = await findUnit(deps.db, input.parentCode.trim());
  if (!parent) return { ok: false, code: 'UNIT_NOT_FOUND' };
  if (code === parent.code || !unitCovers(parent.code, code)) return { ok: false, code: 'UNIT_PARENT_MISMATCH' };
  const unit = await deps.db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto('units')
      .values({ code, name, region_code: code.slice(0, 6), parent_code: parent.code, duty_phone_enc: null })
      .onConflict((oc) => oc.column('code').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (created) await deps.audit.record({ action: 'CONFIG_CHANGED', actorKind: 'officer', actorId: actor.id, targetKind: 'unit', targetId: code, requestId, details: { change: 'UNIT_CREATED', parentCode: parent.code } }, { trx });
    return created;
  });
  if (!unit) return { ok: false, code: 'UNIT_EXISTS' };
  return { ok: true, unit };
}

/** SYSTEM_ADMIN: the number alerts for this unit are sent to (stored encrypted; null clears it). */
export async function setUnitDutyPhone(deps: OfficersDeps, actor: SignedInOfficer, code: string, phone: string | null, requestId: string): Promise<AdminResult<{ unit: UnitRow }>> {
  const value = phone?.trim() || null;
  if (value && !validPhone(value)) return { ok: false, code: 'CONTACT_PHONE_INVALID' };
  const unit = await deps.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('units')
      .set({ duty_phone_enc: value ? deps.cipher.encrypt(value) : null })
      .where('code', '=', code)
      .returningAll()
      .executeTakeFirst();
    if (updated) await deps.audit.record({ action: 'CONFIG_CHANGED', actorKind: 'officer', actorId: actor.id, targetKind: 'unit', targetId: code, requestId, details: { change: value ? 'DUTY_PHONE_SET' : 'DUTY_PHONE_CLEARED' } }, { trx });
    return updated;
  });
  if (!unit) return { ok: false, code: 'UNIT_NOT_FOUND' };
  return { ok: true, unit };
}
