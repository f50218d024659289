import { sql } from '@jingtong/kit';
import type { OfficersDeps } from './officers-deps.js';
import type { OfficerRow } from './tables/officer.table.js';
import { identityMessage } from '../../errors.js';
import { checkOfficerCredentials, refuseReplayedCode, type CredentialFailure } from './credentials.js';
import { consumeTotpStep, findOfficerById } from './officer-repository.js';
import { passwordProblem } from './password-policy.js';
import { revokeOfficerSessions } from './session-repository.js';
import { openOfficerSession, type SignInResult } from './sign-in.js';

async function policyFailure(deps: OfficersDeps, officer: OfficerRow, current: string, next: string): Promise<CredentialFailure | null> {
  const problem = passwordProblem(next, officer.username);
  if (problem) return { code: 'PASSWORD_TOO_WEAK', message: `${identityMessage('PASSWORD_TOO_WEAK')}：${problem}` };
  if (next === current || (await deps.passwords.verify(officer.password_hash, next))) return { code: 'PASSWORD_REUSED' };
  return null;
}

async function setPassword(deps: OfficersDeps, officer: OfficerRow, next: string, keepSid: string | undefined, requestId: string) {
  await deps.db
    .updateTable('officers')
    .set({ password_hash: await deps.passwords.hash(next), password_changed_at: sql`now()` })
    .where('id', '=', officer.id)
    .execute();
  // Whoever else holds a session of this account (a stolen one, say) is signed out.
  await revokeOfficerSessions(deps.db, officer.id, keepSid);
  await deps.audit.record({ action: 'PASSWORD_CHANGED', actorKind: 'officer', actorId: officer.id, targetKind: 'officer', targetId: officer.id, requestId });
}

/**
 * The way out of PASSWORD_EXPIRED (a temporary password from an administrator, or 90 days passed):
 * all of sign-in's checks and lockout, then the policy, then a session with the new password.
 * A policy failure leaves the code unused, so the officer can retry with it.
 */
export async function changeExpiredPassword(
  deps: OfficersDeps,
  input: { username: string; currentPassword: string; newPassword: string; totp: string },
  requestId: string,
  source?: string,
): Promise<SignInResult> {
  const check = await checkOfficerCredentials(deps, { username: input.username, password: input.currentPassword, totp: input.totp }, requestId, { allowExpired: true, source });
  if (!check.ok) return check;
  const problem = await policyFailure(deps, check.officer, input.currentPassword, input.newPassword);
  if (problem) return { ok: false, failure: problem };
  if (!(await consumeTotpStep(deps.db, check.officer.id, check.step))) return { ok: false, failure: await refuseReplayedCode(deps, check.officer, requestId, source) };
  await setPassword(deps, check.officer, input.newPassword, undefined, requestId);
  return openOfficerSession(deps, check.officer, requestId, 'password-change', { source, knownSource: check.knownSource });
}

/** A signed-in officer changes their password: current password and a code again (a walked-away desk is not enough). */
export async function changeOwnPassword(
  deps: OfficersDeps,
  officerId: string,
  sid: string | undefined,
  input: { currentPassword: string; newPassword: string; totp: string },
  requestId: string,
  source?: string,
): Promise<{ ok: true } | { ok: false; failure: CredentialFailure }> {
  const officer = await findOfficerById(deps.db, officerId);
  if (!officer) return { ok: false, failure: { code: 'OFFICER_NOT_FOUND' } };
  const check = await checkOfficerCredentials(deps, { username: officer.username, password: input.currentPassword, totp: input.totp }, requestId, { allowExpired: true, source });
  if (!check.ok) return check;
  const problem = await policyFailure(deps, check.officer, input.currentPassword, input.newPassword);
  if (problem) return { ok: false, failure: problem };
  if (!(await consumeTotpStep(deps.db, officer.id, check.step))) return { ok: false, failure: await refuseReplayedCode(deps, officer, requestId, source) };
  await setPassword(deps, check.officer, input.newPassword, sid, requestId);
  return { ok: true };
}
