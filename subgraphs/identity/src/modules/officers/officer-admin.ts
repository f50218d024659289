import { AppError, BUSINESS_ROLES, type Caller, type Kysely, SignedInOfficer, UNIT_CODE, unitPrefix, unitScope } from '@jingtong/kit';
import validator from 'validator';
import type { IdentityDeps } from '../../deps.js';
import type { IdentityDatabase } from '../../db/identity-database.js';
import type { OfficerRow } from './tables/officer.table.js';
import type { IdentityErrorCode } from '../../errors.js';
import { findOfficerById } from './officer-repository.js';
import { temporaryPassword } from './password-policy.js';
import { checkRoleSet } from './roles.js';
import { revokeOfficerSessions } from './session-repository.js';
import { findUnit } from './unit-repository.js';
import { normalizeUsername, USERNAME } from './username.js';

export type AdminResult<T> = ({ ok: true } & T) | { ok: false; code: IdentityErrorCode; message?: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const fail = (code: IdentityErrorCode, message?: string) => ({ ok: false as const, code, message });

/** A mainland mobile number, or a landline with its area code (duty phones are often landlines: 0374-1234567). */
export const validPhone = (phone: string) => validator.isMobilePhone(phone, 'zh-CN', { strictMode: false }) || /^0[0-9]{2,3}-?[0-9]{7,8}$/.test(phone);

/** The target officer, if the administrator's unit scope reaches it; outside the scope it does not exist. */
async function targetOfficer(deps: IdentityDeps, caller: Caller, actor: SignedInOfficer, officerId: string): Promise<AdminResult<{ officer: OfficerRow }>> {
  if (!UUID.test(officerId)) return fail('OFFICER_NOT_FOUND');
  const officer = await findOfficerById(deps.database.db, officerId);
  if (!officer || !unitScope(caller, 'officers')?.covers(officer.unit_code)) return fail('OFFICER_NOT_FOUND');
  if (officer.id === actor.id) return fail('SELF_CHANGE_FORBIDDEN');
  return { ok: true, officer };
}

/** Written in the change's own transaction: no change commits without its audit row. */
const configChanged = (deps: IdentityDeps, trx: Trx, actor: SignedInOfficer, targetId: string, requestId: string, details: Record<string, unknown>, targetKind = 'officer') =>
  deps.audit.record({ action: 'CONFIG_CHANGED', actorKind: 'officer', actorId: actor.id, targetKind, targetId, requestId, details }, { trx });

type Trx = Kysely<IdentityDatabase>;

/** SYSTEM_ADMIN: a new account with business roles (or none) and a one-time password to hand over. */
export async function createOfficer(
  deps: IdentityDeps,
  caller: Caller,
  actor: SignedInOfficer,
  input: { username: string; name: string; phone?: string | null; unitCode: string; roles: string[] },
  requestId: string,
): Promise<AdminResult<{ officer: OfficerRow; initialPassword: string }>> {
  const username = normalizeUsername(input.username);
  if (!USERNAME.test(username)) return fail('USERNAME_INVALID');
  const name = input.name.trim();
  if ([...name].length < 2 || [...name].length > 32) return fail('OFFICER_NAME_INVALID');
  const phone = input.phone?.trim() || null;
  if (phone && !validPhone(phone)) return fail('CONTACT_PHONE_INVALID');
  const roles = checkRoleSet(input.roles);
  if (!roles.ok) return fail('ROLE_CONFLICT');
  if (roles.roles.some((r) => !BUSINESS_ROLES.includes(r))) return fail('ADMIN_ROLE_NOT_ALLOWED');
  const unit = await findUnit(deps.database.db, input.unitCode);
  if (!unit || !unitScope(caller, 'officers')?.covers(unit.code)) return fail('UNIT_NOT_FOUND');

  const initialPassword = temporaryPassword();
  const passwordHash = await deps.passwords.hash(initialPassword);
  return deps.database.db.transaction().execute(async (trx) => {
    const officer = await trx
      .insertInto('officers')
      .values({
        username,
        name_enc: deps.cipher.encrypt(name),
        phone_enc: phone ? deps.cipher.encrypt(phone) : null,
        unit_code: unit.code,
        roles: roles.roles,
        password_hash: passwordHash,
        // Null: temporary, to be changed at the first sign-in.
        password_changed_at: null,
      })
      .onConflict((oc) => oc.column('username').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!officer) return fail('USERNAME_TAKEN');
    await configChanged(deps, trx, actor, officer.id, requestId, { change: 'OFFICER_CREATED', unitCode: unit.code, roles: roles.roles });
    return { ok: true as const, officer, initialPassword };
  });
}

/** SECURITY_ADMIN grants roles, administrator roles included, within the separation rules. */
export async function updateOfficerRoles(deps: IdentityDeps, caller: Caller, actor: SignedInOfficer, officerId: string, requested: string[], requestId: string): Promise<AdminResult<{ officer: OfficerRow }>> {
  const target = await targetOfficer(deps, caller, actor, officerId);
  if (!target.ok) return target;
  const roles = checkRoleSet(requested);
  if (!roles.ok) return fail('ROLE_CONFLICT');
  return deps.database.db.transaction().execute(async (trx) => {
    const officer = await trx.updateTable('officers').set({ roles: roles.roles }).where('id', '=', officerId).returningAll().executeTakeFirstOrThrow();
    await configChanged(deps, trx, actor, officerId, requestId, { change: 'ROLES_UPDATED', from: target.officer.roles, to: roles.roles });
    return { ok: true as const, officer };
  });
}

/** SYSTEM_ADMIN: a disabled account cannot sign in, and its sessions end at once. */
export async function setOfficerDisabled(deps: IdentityDeps, caller: Caller, actor: SignedInOfficer, officerId: string, disabled: boolean, requestId: string): Promise<AdminResult<{ officer: OfficerRow }>> {
  const target = await targetOfficer(deps, caller, actor, officerId);
  if (!target.ok) return target;
  return deps.database.db.transaction().execute(async (trx) => {
    const officer = await trx.updateTable('officers').set({ disabled }).where('id', '=', officerId).returningAll().executeTakeFirstOrThrow();
    if (disabled) await revokeOfficerSessions(trx, officerId);
    await configChanged(deps, trx, actor, officerId, requestId, { change: disabled ? 'OFFICER_DISABLED' : 'OFFICER_ENABLED' });
    return { ok: true as const, officer };
  });
}

/**
 * SECURITY_ADMIN: a one-time password (to be changed at the next sign-in), the lock lifted, sessions
 * ended; with `resetTotp` the authenticator too (a lost phone), so the officer enrols again.
 */
export async function resetOfficerPassword(deps: IdentityDeps, caller: Caller, actor: SignedInOfficer, officerId: string, resetTotp: boolean, requestId: string): Promise<AdminResult<{ officer: OfficerRow; temporaryPassword: string }>> {
  const target = await targetOfficer(deps, caller, actor, officerId);
  if (!target.ok) return target;
  const password = temporaryPassword();
  const passwordHash = await deps.passwords.hash(password);
  return deps.database.db.transaction().execute(async (trx) => {
    const officer = await trx
      .updateTable('officers')
      .set({
        password_hash: passwordHash,
        password_changed_at: null,
        failed_attempts: 0,
        locked_until: null,
        ...(resetTotp ? { totp_secret_enc: null, totp_enrolled_at: null, totp_pending_secret_enc: null, enrolment_ticket_hash: null, enrolment_expires_at: null } : {}),
      })
      .where('id', '=', officerId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await revokeOfficerSessions(trx, officerId);
    await configChanged(deps, trx, actor, officerId, requestId, { change: 'PASSWORD_RESET', resetTotp });
    return { ok: true as const, officer, temporaryPassword: password };
  });
}

/** SECURITY_ADMIN: lift a lockout early (after checking with the officer that it was them). */
export async function unlockOfficer(deps: IdentityDeps, caller: Caller, actor: SignedInOfficer, officerId: string, requestId: string): Promise<AdminResult<{ officer: OfficerRow }>> {
  const target = await targetOfficer(deps, caller, actor, officerId);
  if (!target.ok) return target;
  return deps.database.db.transaction().execute(async (trx) => {
    const officer = await trx.updateTable('officers').set({ failed_attempts: 0, locked_until: null }).where('id', '=', officerId).returningAll().executeTakeFirstOrThrow();
    await configChanged(deps, trx, actor, officerId, requestId, { change: 'OFFICER_UNLOCKED' });
    return { ok: true as const, officer };
  });
}

/** Officers an officer may list: their scope, one unit of it, and optionally the units below. */
export function officersQueryScope(caller: Caller, unitCode: string | undefined | null, includeSubUnits: boolean): { prefix: string; exact?: string } {
  const scope = unitScope(caller, 'officers');
  if (!scope || !caller.unit) throw new AppError('UNAUTHENTICATED');
  const unit = unitCode ?? caller.unit;
  if (!UNIT_CODE.test(unit)) throw new AppError('BAD_USER_INPUT', { message: '单位代码须为 12 位数字' });
  if (!scope.covers(unit)) throw new AppError('FORBIDDEN', { message: '无权查看其他单位的民警' });
  return includeSubUnits ? { prefix: unitPrefix(unit) } : { prefix: scope.prefix, exact: unit };
}
