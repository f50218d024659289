import type { OfficersDeps } from './officers-deps.js';
import type { OfficerRow } from './tables/officer.table.js';
import { checkOfficerCredentials, refuseReplayedCode, type CredentialFailure } from './credentials.js';
import { consumeTotpStep, recordSignInSuccess } from './officer-repository.js';
import { createSession, revokeSession } from './session-repository.js';
import { clearThrottle, rememberSource } from './sign-in-throttle.js';

export type SignInResult = { ok: true; token: string; expiresAt: Date } | { ok: false; failure: CredentialFailure };

/** A new session row and the token naming it; the gateway touches the session on every request. */
export async function openOfficerSession(
  deps: OfficersDeps,
  officer: OfficerRow,
  requestId: string,
  channel: string,
  from: { source?: string; knownSource?: boolean } = {},
): Promise<SignInResult> {
  const ttlSeconds = deps.sessionTtlSeconds;
  const sid = await createSession(deps.db, officer.id, new Date(Date.now() + ttlSeconds * 1000));
  if (!(await recordSignInSuccess(deps.db, officer.id, true, from.knownSource))) {
    await revokeSession(deps.db, sid);
    return { ok: false, failure: { code: 'INVALID_CREDENTIALS' } };
  }
  // Both factors from here: this source's count for the name starts again, and a later lock spares it.
  await clearThrottle(deps.db, from.source, officer.username);
  await rememberSource(deps.db, officer.id, from.source);
  const issued = await deps.tokens.issueOfficer({ sub: officer.id, roles: officer.roles, unit: officer.unit_code, sid, ttlSeconds });
  await deps.audit.record({ action: 'SIGN_IN', actorKind: 'officer', actorId: officer.id, requestId, details: { channel, acr: 2 } });
  return { ok: true, token: issued.token, expiresAt: issued.expiresAt };
}

export async function signInOfficer(deps: OfficersDeps, input: { username: string; password: string; totp: string }, requestId: string, source?: string): Promise<SignInResult> {
  const check = await checkOfficerCredentials(deps, input, requestId, { source });
  if (!check.ok) return check;
  if (!(await consumeTotpStep(deps.db, check.officer.id, check.step))) {
    return { ok: false, failure: await refuseReplayedCode(deps, check.officer, requestId, source) };
  }
  return openOfficerSession(deps, check.officer, requestId, 'password+totp', { source, knownSource: check.knownSource });
}
