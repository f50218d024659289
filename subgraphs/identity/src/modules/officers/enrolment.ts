import { sql } from '@jingtong/kit';
import type { OfficersDeps } from './officers-deps.js';
import type { CredentialFailure } from './credentials.js';
import { ticketHash } from './credentials.js';
import { passwordExpired } from './password-policy.js';
import { openOfficerSession, type SignInResult } from './sign-in.js';
import { matchTotp, newTotpSecret, totpEnrolment } from './totp.js';

const byTicket = (deps: OfficersDeps, ticket: string) =>
  deps.db
    .selectFrom('officers')
    .selectAll()
    .where('enrolment_ticket_hash', '=', ticketHash(ticket))
    .where('enrolment_expires_at', '>', sql<Date>`now()`)
    .where('totp_secret_enc', 'is', null)
    .where('disabled', '=', false)
    .executeTakeFirst();

export type EnrolmentResult =
  | { ok: true; otpauthUri: string; qrCodeDataUrl: string; secret: string }
  | { ok: false; failure: CredentialFailure };

/** A fresh secret for the ticket's officer (asking again replaces it): scan the QR code, or type the secret. */
export async function enrolTotp(deps: OfficersDeps, ticket: string): Promise<EnrolmentResult> {
  const officer = await byTicket(deps, ticket);
  if (!officer) return { ok: false, failure: { code: 'ENROLMENT_TICKET_INVALID' } };
  const secret = newTotpSecret();
  await deps.db.updateTable('officers').set({ totp_pending_secret_enc: deps.cipher.encrypt(secret) }).where('id', '=', officer.id).execute();
  return { ok: true, secret, ...(await totpEnrolment(secret, officer.username)) };
}

/**
 * A right code proves the authenticator holds the secret: it becomes the officer's second factor.
 * Then, like a sign-in, a session, unless the password is temporary or expired (PASSWORD_EXPIRED:
 * change it with `changeExpiredPassword`, using the next code).
 */
export async function confirmTotp(deps: OfficersDeps, ticket: string, code: string, requestId: string, source?: string): Promise<SignInResult> {
  const officer = await byTicket(deps, ticket);
  if (!officer?.totp_pending_secret_enc) return { ok: false, failure: { code: 'ENROLMENT_TICKET_INVALID' } };
  const step = matchTotp(deps.cipher.decrypt(officer.totp_pending_secret_enc), code);
  if (step === null) return { ok: false, failure: { code: 'TOTP_INVALID' } };

  const enrolled = await deps.db
    .updateTable('officers')
    .set({
      totp_secret_enc: officer.totp_pending_secret_enc,
      totp_enrolled_at: sql`now()`,
      totp_last_step: String(step),
      totp_pending_secret_enc: null,
      enrolment_ticket_hash: null,
      enrolment_expires_at: null,
    })
    .where('id', '=', officer.id)
    .where('totp_secret_enc', 'is', null)
    .returningAll()
    .executeTakeFirst();
  if (!enrolled) return { ok: false, failure: { code: 'ENROLMENT_TICKET_INVALID' } };
  await deps.audit.record({ action: 'CONFIG_CHANGED', actorKind: 'officer', actorId: officer.id, targetKind: 'officer', targetId: officer.id, requestId, details: { change: 'TOTP_ENROLLED' } });

  if (passwordExpired(enrolled.password_changed_at)) return { ok: false, failure: { code: 'PASSWORD_EXPIRED', mustChangePassword: true } };
  return openOfficerSession(deps, enrolled, requestId, 'totp-enrolment', { source });
}
