import type { IdentityDeps } from '../../deps.js';
import type { OfficerRow } from './tables/officer.table.js';
import { checkOfficerCredentials, refuseReplayedCode, type CredentialFailure } from './credentials.js';
import { consumeTotpStep, recordSignInSuccess } from './officer-repository.js';
import { createSession, revokeSession } from './session-repository.js';

export type SignInResult = { ok: true; token: string; expiresAt: Date } | { ok: false; failure: CredentialFailure };

/** A new session row and the token naming it; the gateway touches the session on every request. */
export async function openOfficerSession(deps: IdentityDeps, officer: OfficerRow, requestId: string, channel: string): Promise<SignInResult> {
  const ttlSeconds = deps.env.OFFICER_TOKEN_TTL_SECONDS;
  const sid = await createSession(deps.database.db, officer.id, new Date(Date.now() + ttlSeconds * 1000));
  if (!(await recordSignInSuccess(deps.database.db, officer.id, true))) {
    await revokeSession(deps.database.db, sid);
    return { ok: false, failure: { code: 'ACCOUNT_LOCKED' } };
  }
  const issued = await deps.tokens.issueOfficer({ sub: officer.id, roles: officer.roles, unit: officer.unit_code, sid, ttlSeconds });
  await deps.audit.record({ action: 'SIGN_IN', actorKind: 'officer', actorId: officer.id, requestId, details: { channel, acr: 2 } });
  return { ok: true, token: issued.token, expiresAt: issued.expiresAt };
}

export async function signInOfficer(deps: IdentityDeps, input: { username: string; password: string; totp: string }, requestId: string): Promise<SignInResult> {
  const check = await checkOfficerCredentials(deps, input, requestId);
  if (!check.ok) return check;
  if (!(await consumeTotpStep(deps.database.db, check.officer.id, check.step))) {
    return { ok: false, failure: await refuseReplayedCode(deps, check.officer, requestId) };
  }
  return openOfficerSession(deps, check.officer, requestId, 'password+totp');
}
