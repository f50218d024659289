import { createHash, randomBytes } from 'node:crypto';
import { sql } from '@jingtong/kit';
import type { OfficersDeps } from './officers-deps.js';
import type { OfficerRow } from './tables/officer.table.js';
import type { IdentityErrorCode } from '../../errors.js';
import { enqueueLockNotice } from './officer-notices.js';
import { findOfficerForSignIn, LOCKOUT_THRESHOLD, recordSignInFailure, recordSignInSuccess } from './officer-repository.js';
import { isKnownSource, recordThrottledFailure, signInThrottled } from './sign-in-throttle.js';
import { passwordExpired } from './password-policy.js';
import { matchTotp } from './totp.js';
import { normalizeUsername } from './username.js';

export interface CredentialFailure {
  code: IdentityErrorCode;
  message?: string;
  enrolmentTicket?: string;
  mustChangePassword?: boolean;
}

/** `knownSource`: signed in from here before, so a lock strangers caused does not apply. */
export type CredentialCheck = { ok: true; officer: OfficerRow; step: number; knownSource: boolean } | { ok: false; failure: CredentialFailure };

/** Where the attempt comes from: the gateway's keyed digest of the client address (`caller.source`). */
export interface SignInSource {
  source?: string;
}

const ENROLMENT_TICKET_MINUTES = 10;

export const ticketHash = (ticket: string) => createHash('sha256').update(ticket).digest('hex');

/** Proof of the password for an officer with no authenticator yet: lets them set one up, nothing else. */
async function startEnrolment(deps: OfficersDeps, officerId: string): Promise<string> {
  const ticket = randomBytes(32).toString('base64url');
  await deps.db
    .updateTable('officers')
    .set({ enrolment_ticket_hash: ticketHash(ticket), enrolment_expires_at: sql`now() + make_interval(mins => ${ENROLMENT_TICKET_MINUTES})`, totp_pending_secret_enc: null })
    .where('id', '=', officerId)
    .execute();
  return ticket;
}

/**
 * Both factors, always, counted against the account whatever the outcome:
 * - one answer and one cost for every failure: unknown names, disabled and locked accounts, wrong
 *   passwords and codes all hash a password (a dummy one for unknown names) and read INVALID_CREDENTIALS;
 * - per source (sign-in-throttle.ts): a source failing against a name is refused progressively
 *   (SIGN_IN_THROTTLED, before any lookup, for existing and unknown names alike), and so is a source
 *   failing against many names;
 * - every wrong password or code adds one failure to the account in one SQL statement (parallel
 *   requests and aliases in one document cannot slip past the count); the fifth locks the account for
 *   30 minutes against every source the officer has not signed in from before (so a stranger cannot
 *   lock an officer out of their own desk), and texts the officer;
 * - an officer without an authenticator gets an enrolment ticket instead of a session;
 * - an expired or temporary password gets PASSWORD_EXPIRED (after both factors) unless `allowExpired`.
 * The code's step is returned, not used: the caller consumes it once the whole operation is sure to succeed.
 */
export async function checkOfficerCredentials(
  deps: OfficersDeps,
  input: { username: string; password: string; totp: string },
  requestId: string,
  options: { allowExpired?: boolean } & SignInSource = {},
): Promise<CredentialCheck> {
  const db = deps.db;
  const { source } = options;
  const username = normalizeUsername(input.username).slice(0, 64);
  if (await signInThrottled(db, source, username)) {
    await deps.audit.record({ action: 'SIGN_IN_FAILED', actorKind: 'anonymous', targetKind: 'officer', requestId, details: { reason: 'THROTTLED' } });
    return { ok: false, failure: { code: 'SIGN_IN_THROTTLED' } };
  }
  const officer = username ? await findOfficerForSignIn(db, username) : undefined;
  const audit = (action: 'SIGN_IN_FAILED' | 'ACCOUNT_LOCKED', details: Record<string, unknown>) =>
    deps.audit.record({ action, actorKind: officer ? 'officer' : 'anonymous', actorId: officer?.id, targetKind: 'officer', targetId: officer?.id, requestId, details });
  const refuse = (code: IdentityErrorCode, extra: Partial<CredentialFailure> = {}): CredentialCheck => ({ ok: false, failure: { code, ...extra } });

  // Refused without counting against the account: only the source's throttle grows.
  const refused = async (reason: 'UNKNOWN_ACCOUNT' | 'LOCKED' | 'DISABLED'): Promise<CredentialCheck> => {
    await recordThrottledFailure(db, source, username);
    await audit('SIGN_IN_FAILED', { reason });
    return refuse('INVALID_CREDENTIALS');
  };
  if (!officer) {
    await deps.passwords.verify(null, input.password);
    return refused('UNKNOWN_ACCOUNT');
  }
  // Hashed whatever the account's state: a locked or disabled account costs what any other does.
  const passwordOk = await deps.passwords.verify(officer.password_hash, input.password);
  if (officer.disabled) return refused('DISABLED');
  const knownSource = officer.locked && (await isKnownSource(db, officer.id, source));
  if (officer.locked && !knownSource) return refused('LOCKED');

  const fail = async (reason: 'BAD_PASSWORD' | 'BAD_TOTP'): Promise<CredentialCheck> => {
    const failure = await countAccountFailure(deps, officer, requestId, source, reason);
    return { ok: false, failure };
  };
  if (!passwordOk) return fail('BAD_PASSWORD');

  if (!officer.totp_secret_enc) {
    await audit('SIGN_IN_FAILED', { reason: 'TOTP_NOT_ENROLLED' });
    return refuse('TOTP_ENROLMENT_REQUIRED', { enrolmentTicket: await startEnrolment(deps, officer.id) });
  }
  const step = matchTotp(deps.cipher.decrypt(officer.totp_secret_enc), input.totp);
  if (step === null) return fail('BAD_TOTP');

  // Both factors are right: the count starts again, unless a parallel failure has just locked the account.
  if (!(await recordSignInSuccess(db, officer.id, false, knownSource))) return refuse('INVALID_CREDENTIALS');
  if (!options.allowExpired && passwordExpired(officer.password_changed_at)) {
    await audit('SIGN_IN_FAILED', { reason: 'PASSWORD_EXPIRED' });
    return refuse('PASSWORD_EXPIRED', { mustChangePassword: true });
  }
  return { ok: true, officer, step, knownSource };
}

/** One more failure against the account (and the source); the fifth locks it and texts the officer. */
async function countAccountFailure(deps: OfficersDeps, officer: OfficerRow, requestId: string, source: string | undefined, reason: string): Promise<CredentialFailure> {
  const { failedAttempts, lockedUntil } = await recordSignInFailure(deps.db, officer.id);
  await recordThrottledFailure(deps.db, source, officer.username);
  const entry = { actorKind: 'officer' as const, actorId: officer.id, targetKind: 'officer', targetId: officer.id, requestId };
  await deps.audit.record({ action: 'SIGN_IN_FAILED', ...entry, details: { reason, failedAttempts } });
  if (failedAttempts === LOCKOUT_THRESHOLD) {
    await deps.audit.record({ action: 'ACCOUNT_LOCKED', ...entry, details: { failedAttempts, minutes: 30, notify: officer.phone_enc ? 'sms' : 'no-phone' } });
    if (officer.phone_enc) await enqueueLockNotice(deps.db, { officerId: officer.id, requestId }, `${officer.id}:${lockedUntil?.toISOString() ?? requestId}`);
  }
  return { code: 'INVALID_CREDENTIALS' };
}

/** A replayed code is a failed attempt like any other wrong code. */
export const refuseReplayedCode = (deps: OfficersDeps, officer: OfficerRow, requestId: string, source?: string): Promise<CredentialFailure> =>
  countAccountFailure(deps, officer, requestId, source, 'TOTP_REPLAYED');
