import { AppError, BUSINESS_ROLES, type Caller, isAdminRole, type Kysely, maskPhone, SignedInOfficer, sql, UNIT_CODE, unitPrefix, unitScope } from '@jingtong/kit';
import validator from 'validator';
import type { OfficersDeps } from './officers-deps.js';
import type { IdentityDatabase } from '../../db/identity-database.js';
import type { PendingResetRow } from './tables/officer-safeguards.table.js';
import type { OfficerRow } from './tables/officer.table.js';
import type { IdentityErrorCode } from '../../errors.js';
import { findOfficerById } from './officer-repository.js';
import { enqueueOneTimePassword } from './officer-notices.js';
import { clearAccountThrottles } from './sign-in-throttle.js';
import { temporaryPassword } from './password-policy.js';
import { checkRoleSet } from './roles.js';
import { revokeOfficerSessions } from './session-repository.js';
import { findUnit } from './unit-repository.js';
import { normalizeUsername, USERNAME } from './username.js';

export type AdminResult<T> = ({ ok: true } & T) | { ok: false; code: IdentityErrorCode; message?: string; field?: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const fail = (code: IdentityErrorCode, field?: string) => ({ ok: false as const, code, field });

/** A mainland mobile number: one-time passwords are texted to it. */
const validMobile = (phone: string) => validator.isMobilePhone(phone, 'zh-CN', { strictMode: false });

/** The administrator role an account holds, if any (checkRoleSet allows at most one). */
export const adminRoleOf = (officer: Pick<OfficerRow, 'roles'>) => officer.roles.find(isAdminRole);

/** Until the job texts the officer a one-time password, the account has a password nobody knows. */
const unusablePasswordHash = (deps: OfficersDeps) => deps.passwords.hash(temporaryPassword() + temporaryPassword());

/** Whether this phone is an administrator's: a new account's one-time password must not reach one. */
async function isAdministratorPhone(deps: OfficersDeps, phone: string): Promise<boolean> {
  const admins = await deps.db
    .selectFrom('officers')
    .select('phone_enc')
    .where(sql<boolean>`roles && array['SYSTEM_ADMIN','SECURITY_ADMIN','AUDIT_ADMIN']::text[]`)
    .where('phone_enc', 'is not', null)
    .execute();
  return admins.some((a) => a.phone_enc && deps.cipher.decrypt(a.phone_enc) === phone);
}

/** A mainland mobile number, or a landline with its area code (duty phones are often landlines: 0374-1234567). */
export const validPhone = (phone: string) => validator.isMobilePhone(phone, 'zh-CN', { strictMode: false }) || /^0[0-9]{2,3}-?[0-9]{7,8}$/.test(phone);

/** The target officer, if the administrator's unit scope reaches it; outside the scope it does not exist. */
async function targetOfficer(deps: OfficersDeps, caller: Caller, actor: SignedInOfficer, officerId: string): Promise<AdminResult<{ officer: OfficerRow }>> {
  if (!UUID.test(officerId)) return fail('OFFICER_NOT_FOUND');
  const officer = await findOfficerById(deps.db, officerId);
  if (!officer || !unitScope(caller, 'officers')?.covers(officer.unit_code)) return fail('OFFICER_NOT_FOUND');
  if (officer.id === actor.id) return fail('SELF_CHANGE_FORBIDDEN');
  return { ok: true, officer };
}

/** Written in the change's own transaction: no change commits without its audit row. */
const configChanged = (deps: OfficersDeps, trx: Trx, actor: SignedInOfficer, targetId: string, requestId: string, details: Record<string, unknown>, targetKind = 'officer') =>
  deps.audit.record({ action: 'CONFIG_CHANGED', actorKind: 'officer', actorId: actor.id, targetKind, targetId, requestId, details }, { trx });

type Trx = Kysely<IdentityDatabase>;

/**
 * SYSTEM_ADMIN: a new account with at least one business role. Its one-time password is made and texted
 * to the officer's own mobile by a job (in this transaction); the administrator never sees it.
 */
export async function createOfficer(
  deps: OfficersDeps,
  caller: Caller,
  actor: SignedInOfficer,
  input: { username: string; name: string; phone?: string | null; unitCode: string; roles: string[] },
  requestId: string,
): Promise<AdminResult<{ officer: OfficerRow; sentTo: string }>> {
  const username = normalizeUsername(input.username);
  if (!USERNAME.test(username)) return fail('USERNAME_INVALID', 'username');
  const name = input.name.trim();
  if ([...name].length < 2 || [...name].length > 32) return fail('OFFICER_NAME_INVALID', 'name');
  const phone = input.phone?.trim() || null;
  if (!phone) return fail('CONTACT_PHONE_REQUIRED', 'phone');
  if (!validMobile(phone)) return fail('CONTACT_PHONE_INVALID', 'phone');
  const roles = checkRoleSet(input.roles);
  if (!roles.ok) return fail('ROLE_CONFLICT', 'roles');
  if (roles.roles.length === 0) return fail('ROLE_REQUIRED', 'roles');
  if (roles.roles.some((r) => !BUSINESS_ROLES.includes(r))) return fail('ADMIN_ROLE_NOT_ALLOWED', 'roles');
  const unit = await findUnit(deps.db, input.unitCode);
  if (!unit || !unitScope(caller, 'officers')?.covers(unit.code)) return fail('UNIT_NOT_FOUND', 'unitCode');
  if (await isAdministratorPhone(deps, phone)) return fail('CONTACT_PHONE_OF_ADMINISTRATOR', 'phone');

  const passwordHash = await unusablePasswordHash(deps);
  return deps.db.transaction().execute(async (trx) => {
    const officer = await trx
      .insertInto('officers')
      .values({
        username,
        name_enc: deps.cipher.encrypt(name),
        phone_enc: deps.cipher.encrypt(phone),
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
    await configChanged(deps, trx, actor, officer.id, requestId, { change: 'OFFICER_CREATED', unitCode: unit.code, roles: roles.roles, oneTimePassword: 'sms' });
    await enqueueOneTimePassword(trx, { officerId: officer.id, requestId, reason: 'created' }, `created:${officer.id}`);
    return { ok: true as const, officer, sentTo: maskPhone(phone) };
  });
}

/**
 * SECURITY_ADMIN grants roles, administrator roles included, within the separation rules: at least one
 * role, and never to an account that already holds an administrator role (no administrator changes another's).
 */
export async function updateOfficerRoles(deps: OfficersDeps, caller: Caller, actor: SignedInOfficer, officerId: string, requested: string[], requestId: string): Promise<AdminResult<{ officer: OfficerRow }>> {
  const target = await targetOfficer(deps, caller, actor, officerId);
  if (!target.ok) return target;
  if (adminRoleOf(target.officer)) return fail('ADMIN_TARGET_FORBIDDEN');
  const roles = checkRoleSet(requested);
  if (!roles.ok) return fail('ROLE_CONFLICT', 'roles');
  if (roles.roles.length === 0) return fail('ROLE_REQUIRED', 'roles');
  return deps.db.transaction().execute(async (trx) => {
    const officer = await trx.updateTable('officers').set({ roles: roles.roles }).where('id', '=', officerId).returningAll().executeTakeFirstOrThrow();
    await configChanged(deps, trx, actor, officerId, requestId, { change: 'ROLES_UPDATED', from: target.officer.roles, to: roles.roles });
    return { ok: true as const, officer };
  });
}

/** SYSTEM_ADMIN: a disabled account cannot sign in, and its sessions end at once. Not for administrator accounts. */
export async function setOfficerDisabled(deps: OfficersDeps, caller: Caller, actor: SignedInOfficer, officerId: string, disabled: boolean, requestId: string): Promise<AdminResult<{ officer: OfficerRow }>> {
  const target = await targetOfficer(deps, caller, actor, officerId);
  if (!target.ok) return target;
  if (adminRoleOf(target.officer)) return fail('ADMIN_TARGET_FORBIDDEN');
  return deps.db.transaction().execute(async (trx) => {
    const officer = await trx.updateTable('officers').set({ disabled }).where('id', '=', officerId).returningAll().executeTakeFirstOrThrow();
    if (disabled) await revokeOfficerSessions(trx, officerId);
    await configChanged(deps, trx, actor, officerId, requestId, { change: disabled ? 'OFFICER_DISABLED' : 'OFFICER_ENABLED' });
    return { ok: true as const, officer };
  });
}

/**
 * The reset itself: a password nobody knows until the job texts the officer a one-time one, the lock
 * lifted, sessions ended; with `resetTotp` the authenticator too (a lost phone), so the officer enrols again.
 */
export async function applyReset(deps: OfficersDeps, trx: Trx, officerId: string, resetTotp: boolean, requestId: string): Promise<OfficerRow> {
  const officer = await trx
    .updateTable('officers')
    .set({
      password_hash: await unusablePasswordHash(deps),
      password_changed_at: null,
      failed_attempts: 0,
      locked_until: null,
      ...(resetTotp ? { totp_secret_enc: null, totp_enrolled_at: null, totp_pending_secret_enc: null, enrolment_ticket_hash: null, enrolment_expires_at: null } : {}),
    })
    .where('id', '=', officerId)
    .returningAll()
    .executeTakeFirstOrThrow();
  await revokeOfficerSessions(trx, officerId);
  await clearAccountThrottles(trx, officer.username);
  await enqueueOneTimePassword(trx, { officerId, requestId, reason: 'reset' }, `reset:${requestId}:${officerId}`);
  return officer;
}

export type ResetOutcome = { officer: OfficerRow; sentTo: string; pending?: undefined } | { officer: OfficerRow; sentTo?: undefined; pending: PendingResetRow };

/**
 * SECURITY_ADMIN resets a password (and with `resetTotp` the authenticator). A business officer's is
 * reset at once; an administrator's only becomes a pending request that another officer holding the
 * same administrator role must approve (`approveOfficerReset`). Either way the one-time password goes
 * to the officer's own phone, never to an administrator.
 */
export async function resetOfficerPassword(deps: OfficersDeps, caller: Caller, actor: SignedInOfficer, officerId: string, resetTotp: boolean, requestId: string): Promise<AdminResult<ResetOutcome>> {
  const target = await targetOfficer(deps, caller, actor, officerId);
  if (!target.ok) return target;
  const phone = target.officer.phone_enc ? deps.cipher.decrypt(target.officer.phone_enc) : null;
  if (!phone || !validMobile(phone)) return fail('CONTACT_PHONE_REQUIRED');
  const adminRole = adminRoleOf(target.officer);
  if (adminRole) {
    const requester = await findOfficerById(deps.db, actor.id);
    return deps.db.transaction().execute(async (trx) => {
      const request = await trx
        .insertInto('officer_reset_requests')
        .values({ officer_id: officerId, reset_totp: resetTotp, required_role: adminRole, requested_by: actor.id, expires_at: sql<Date>`now() + interval '24 hours'` })
        .returningAll()
        .executeTakeFirstOrThrow();
      await configChanged(deps, trx, actor, officerId, requestId, { change: 'RESET_REQUESTED', resetTotp, resetRequestId: request.id, approverRole: adminRole });
      return { ok: true as const, officer: target.officer, pending: { ...request, username: target.officer.username, requested_by_username: requester?.username ?? '' } };
    });
  }
  return deps.db.transaction().execute(async (trx) => {
    const officer = await applyReset(deps, trx, officerId, resetTotp, requestId);
    await configChanged(deps, trx, actor, officerId, requestId, { change: 'PASSWORD_RESET', resetTotp, oneTimePassword: 'sms' });
    return { ok: true as const, officer, sentTo: maskPhone(phone) };
  });
}

/** SECURITY_ADMIN: lift a lockout early (after checking with the officer that it was them). */
export async function unlockOfficer(deps: OfficersDeps, caller: Caller, actor: SignedInOfficer, officerId: string, requestId: string): Promise<AdminResult<{ officer: OfficerRow }>> {
  const target = await targetOfficer(deps, caller, actor, officerId);
  if (!target.ok) return target;
  return deps.db.transaction().execute(async (trx) => {
    const officer = await trx.updateTable('officers').set({ failed_attempts: 0, locked_until: null }).where('id', '=', officerId).returningAll().executeTakeFirstOrThrow();
    await clearAccountThrottles(trx, officer.username);
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
