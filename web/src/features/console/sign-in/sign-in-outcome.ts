import type { UserErrorLike } from '@/features/shared/api/user-error';

/** What every sign-in step's mutation answers (OfficerSignInPayload). */
export interface SignInOutcome {
  token?: string | null;
  expiresAt?: string | null;
  mustChangePassword: boolean;
  enrolmentTicket?: string | null;
  error?: UserErrorLike | null;
}

export type NextStep =
  | { kind: 'signed-in'; token: string; expiresAt: string | null }
  | { kind: 'enrol'; ticket: string }
  | { kind: 'change-password' }
  | { kind: 'failed'; error: UserErrorLike };

/** Where a sign-in answer leads: in, to enrolling an authenticator, to a new password, or an error to show. */
export function nextStep(outcome: SignInOutcome | null | undefined): NextStep {
  if (outcome?.token) return { kind: 'signed-in', token: outcome.token, expiresAt: outcome.expiresAt ?? null };
  if (outcome?.error?.code === 'TOTP_ENROLMENT_REQUIRED' && outcome.enrolmentTicket) return { kind: 'enrol', ticket: outcome.enrolmentTicket };
  if (outcome?.mustChangePassword) return { kind: 'change-password' };
  return { kind: 'failed', error: outcome?.error ?? { code: 'UNKNOWN', message: '登录失败，请稍后再试' } };
}
