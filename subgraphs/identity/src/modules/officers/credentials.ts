import { createHash, randomBytes } from 'node:crypto';
import { sql } from '@jingtong/kit';
import type { IdentityDeps } from '../../deps.js';
import type { OfficerRow } from './tables/officer.table.js';
import type { IdentityErrorCode } from '../../errors.js';
import { findOfficerForSignIn, LOCKOUT_THRESHOLD, recordSignInFailure, recordSignInSuccess } from './officer-repository.js';
import { passwordExpired } from './password-policy.js';
import { matchTotp } from './totp.js';
import { normalizeUsername } from './username.js';

export interface CredentialFailure {
  code: IdentityErrorCode;
  message?: string;
  enrolmentTicket?: string;
  mustChangePassword?: boolean;
}

export type CredentialCheck = { ok: true; officer: OfficerRow; step: number } | { ok: false; failure: CredentialFailure };

const ENROLMENT_TICKET_MINUTES = 10;

export const ticketHash = (ticket: string) => createHash('sha256').update(ticket).digest('hex');

/** Proof of the password for an officer with no authenticator yet: lets them set one up, nothing else. */
async function startEnrolment(deps: IdentityDeps, officerId: string): Promise<string> {
  const ticket = randomBytes(32).toString('base64url');
  await deps.database.db
    .updateTable('officers')
    .set({ enrolment_ticket_hash: ticketHash(ticket), enrolment_expires_at: sql`now() + make_interval(mins => ${ENROLMENT_TICKET_MINUTES})`, totp_pending_secret_enc: null })
    .where('id', '=', officerId)
    .execute();
  return ticket;
}

/**
 * Both factors, always, counted against the account whatever the outcome:
 * - unknown names are checked against a dummy hash and read exactly like a wrong password;
 * - a locked account is refused before anything is checked, even with the right password and code;
 * - every wrong password or code adds one failure in one SQL statement (parallel requests and
 *   aliases in one document cannot slip past the count); the fifth locks for 30 minutes;
 * - an officer without an authenticator gets an enrolment ticket instead of a session;
 * - an expired or temporary password gets PASSWORD_EXPIRED (after both factors) unless `allowExpired`.
 * The code's step is returned, not used: the caller consumes it once the whole operation is sure to succeed.
 */
export async function checkOfficerCredentials(
  deps: IdentityDeps,
  input: { username: string; password: string; totp: string },
  requestId: string,
  options: { allowExpired?: boolean } = {},
): Promise<CredentialCheck> {
  const db = deps.database.db;
  const username = normalizeUsername(input.username).slice(0, 64);
  const officer = username ? await findOfficerForSignIn(db, username) : undefined;
  const audit = (action: 'SIGN_IN_FAILED' | 'ACCOUNT_LOCKED', details: Record<string, unknown>) =>
    deps.audit.record({ action, actorKind: officer ? 'officer' : 'anonymous', actorId: officer?.id, targetKind: 'officer', targetId: officer?.id, requestId, details });
  const refuse = (code: IdentityErrorCode, extra: Partial<CredentialFailure> = {}): CredentialCheck => ({ ok: false, failure: { code, ...extra } });

  if (!officer) {
    await deps.passwords.verify(null, input.password);
    await audit('SIGN_IN_FAILED', { reason: 'UNKNOWN_ACCOUNT' });
    return refuse('INVALID_CREDENTIALS');
  }
  if (officer.locked) {
    await audit('SIGN_IN_FAILED', { reason: 'LOCKED' });
    return refuse('ACCOUNT_LOCKED');
  }
  const passwordOk = await deps.passwords.verify(officer.password_hash, input.password);
  if (officer.disabled) {
    await audit('SIGN_IN_FAILED', { reason: 'DISABLED' });
    return refuse('INVALID_CREDENTIALS');
  }

  const fail = async (reason: 'BAD_PASSWORD' | 'BAD_TOTP'): Promise<CredentialCheck> => {
    const { failedAttempts } = await recordSignInFailure(db, officer.id);
    await audit('SIGN_IN_FAILED', { reason, failedAttempts });
    if (failedAttempts === LOCKOUT_THRESHOLD) await audit('ACCOUNT_LOCKED', { failedAttempts, minutes: 30 });
    return refuse(failedAttempts >= LOCKOUT_THRESHOLD ? 'ACCOUNT_LOCKED' : 'INVALID_CREDENTIALS');
  };
  if (!passwordOk) return fail('BAD_PASSWORD');

  if (!officer.totp_secret_enc) {
    await audit('SIGN_IN_FAILED', { reason: 'TOTP_NOT_ENROLLED' });
    return refuse('TOTP_ENROLMENT_REQUIRED', { enrolmentTicket: await startEnrolment(deps, officer.id) });
  }
  const step = matchTotp(deps.cipher.decrypt(officer.totp_secret_enc), input.totp);
  if (step === null) return fail('BAD_TOTP');

  // Both factors are right: the count starts again, unless a parallel failure has just locked the account.
  if (!(await recordSignInSuccess(db, officer.id, false))) return refuse('ACCOUNT_LOCKED');
  if (!options.allowExpired && passwordExpired(officer.password_changed_at)) {
    await audit('SIGN_IN_FAILED', { reason: 'PASSWORD_EXPIRED' });
    return refuse('PASSWORD_EXPIRED', { mustChangePassword: true });
  }
  return { ok: true, officer, step };
}

/** A replayed code is a failed attempt like any other wrong code. */
export async function refuseReplayedCode(deps: IdentityDeps, officer: OfficerRow, requestId: string): Promise<CredentialFailure> {
  const { failedAttempts } = await recordSignInFailure(deps.database.db, officer.id);
  await deps.audit.record({ action: 'SIGN_IN_FAILED', actorKind: 'officer', actorId: officer.id, targetKind: 'officer', targetId: officer.id, requestId, details: { reason: 'TOTP_REPLAYED', failedAttempts } });
  if (failedAttempts === LOCKOUT_THRESHOLD) {
    await deps.audit.record({ action: 'ACCOUNT_LOCKED', actorKind: 'officer', actorId: officer.id, targetKind: 'officer', targetId: officer.id, requestId, details: { failedAttempts, minutes: 30 } });
  }
  return { code: failedAttempts >= LOCKOUT_THRESHOLD ? 'ACCOUNT_LOCKED' : 'INVALID_CREDENTIALS' };
}
